"""The view rows: member codes are shown as text, distinct and sorted, whatever the list."""

from __future__ import annotations

from typing import Any

import pytest

from nzconfig.render.context import _codes, text


@pytest.mark.parametrize("members", [
    ("BBB", "AAA", "BBB"),
    ("BBB", "A\x07AA", "AAA"),  # a control character is dropped, then the two are one
    ("BBB", 3, None, "AAA"),  # not text (the schema refuses it): shown as text all the same
    (),
])
def test_member_codes_are_shown_distinct_and_sorted(members: tuple[Any, ...]) -> None:
    assert _codes(members) == tuple(sorted({text(m) for m in members}))
