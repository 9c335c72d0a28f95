"""The cost data as typed values (domain.costs.model)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from nzconfig.domain.costs.model import (
    CostYear,
    Policy,
    exact,
    policy,
    resource,
    resources,
)
from nzconfig.loading.loader import Document
from nzconfig.loading.model import Network
from tests.rules.costrepo import SURROGATE, SURROGATE_TEXT, files
from tests.support.repos import run


def _doc(file: str = "costs/pkg.yaml", **extra: object) -> Document:
    return Document(file, {"name": "Pkg", "currency": "EUR", "years": {
        "2023": {"invoice": "100.00", "members": ["AAA"]},
        "2025": {"invoice": 5, "multiplier": "0.2", "members": ["AAA", "BBB"],
                 "surrogate": "old", "fte_as_of": "2024"}}, **extra})


def test_exact_never_goes_through_a_float() -> None:
    assert exact("0.1") == Fraction(1, 10)
    assert exact(Decimal("1000.10")) == Fraction(100010, 100)
    assert exact(3) == 3 and exact(Fraction(1, 3)) == Fraction(1, 3)


def test_the_policy_defaults_and_its_values() -> None:
    default = policy(Network(Path(".")))
    assert (default.fte_years, default.usage_years, default.multiplier, default.doc) == (
        3, 3, None, None)
    assert default == Policy()
    doc = Document("policies/costs.yaml", {"fte_years": 2, "multiplier": "0.25"})
    got = policy(Network(Path("."), policies={"costs": doc}))
    assert (got.fte_years, got.usage_years, got.multiplier, got.doc) == (
        2, 3, Fraction(1, 4), doc)


def test_a_resource_from_its_document() -> None:
    r = resource(_doc(usage={"2022": {"AAA": 3}, "2024": {"AAA": "1.5"}, "2023": None},
                      cost_recovery={"paid_by": "AAA", "method": "invoice"}))
    assert (r.id, r.file, r.name, r.currency, r.usage_metric) == (
        "pkg", "costs/pkg.yaml", "Pkg", "EUR", "Usage")
    assert (r.paid_by, r.recovery_method, r.collections) == ("AAA", "invoice", ())
    assert r.years["2023"] == CostYear("2023", Fraction(100), None, ("AAA",), None, "2023")
    assert r.years["2025"].multiplier == Fraction(1, 5)
    assert (r.years["2025"].fte_as_of, r.years["2025"].path) == ("2024", ("years", "2025"))
    assert r.usage == {"2022": {"AAA": 3}, "2024": {"AAA": Fraction(3, 2)}, "2023": {}}


def test_years_are_chosen_by_their_text() -> None:
    r = resource(_doc(usage={y: {"AAA": 1} for y in ("2019", "2020", "2021", "2022", "2025")}))
    assert r.latest_year() == "2025"
    assert r.usage_years_before("2025", 3) == ["2020", "2021", "2022"]
    assert r.usage_years_before("2020", 3) == ["2019"]
    assert r.year_at_or_before("2024") is r.years["2023"]
    assert r.year_at_or_before("2022") is None


def test_resources_by_id_built_once_per_network(tmp_path: Path) -> None:
    network = run(tmp_path, files(extra={SURROGATE: SURROGATE_TEXT})).network
    first = resources(network)
    assert list(first) == ["older-package", "test-package"]
    assert resources(network) is first


@pytest.mark.parametrize("value", ["x", "1/0"])
def test_exact_refuses_what_is_not_a_number(value: str) -> None:
    with pytest.raises(ArithmeticError):
        exact(value)
