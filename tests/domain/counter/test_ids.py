"""The usage check ids under the counter modules' names (domain.counter.ids)."""

from __future__ import annotations

from nzconfig.core import catalog
from nzconfig.domain.counter import ids


def test_every_name_is_the_catalogues_id_and_each_is_distinct() -> None:
    values = {name: getattr(ids, name) for name in ids.__all__}
    assert values == {name: getattr(catalog, f"USAGE_{name}") for name in ids.__all__}
    assert len(set(values.values())) == len(values) == 9
    assert all(v.startswith("NZ5") for v in values.values())
