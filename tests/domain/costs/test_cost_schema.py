"""Cost files and policies/costs.yaml that break their schema: positioned NZ101 errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.core.catalog import NOT_RUN
from nzconfig.core.errors import FatalError
from tests.rules.costrepo import COST, COST_TEXT, files
from tests.support.repos import run


@pytest.mark.parametrize(("old", "new", "line", "column", "words"), [
    ('"1000.00"', '"$1,000.00"', 6, 14, "no currency sign, no thousands separator"),
    ('"0.10"', "-1", 7, 17, "an amount is written with digits"),
    ("{AAA: 10", "{AAA: ten", 10, 17, "should be a number, not the text `ten`"),
    ('  "2024":', "  FY24:", 5, 3, "key `FY24` in `years` does not match"),
    ("currency: USD", "currency: $", 2, 11, "an ISO 4217 code"),
    ("[AAA, BBB, CCC]", "[]", 8, 14, "needs at least 1 item(s)"),
    ("{AAA: 10", "{AAA: .inf", 10, 17, "usage is a count of zero or more"),
    ('"1000.00"', "1e400", 6, 14, "an amount is written with digits"),
])
def test_a_bad_value_is_an_error_at_its_position(tmp_path: Path, old: str, new: str,
                                                 line: int, column: int, words: str) -> None:
    outcome = run(tmp_path, files(COST_TEXT.replace(old, new)))
    # A broken `usage` is set aside and the cost rules, which read it, say they were not run.
    [d] = [d for d in outcome.diagnostics if d.rule != NOT_RUN]
    assert (d.rule, d.file, d.line, d.column) == ("NZ101", COST, line, column)
    assert words in d.message
    assert outcome.network.costs == []  # not computed from a file that broke its schema


def test_a_broken_cost_policy_stops_the_run(tmp_path: Path) -> None:
    with pytest.raises(FatalError) as raised:
        run(tmp_path, files(extra={"policies/costs.yaml": "pay_to_play_cap: 90\n"}))
    [d] = raised.value.diagnostics
    assert (d.rule, d.file, d.line, d.column) == ("NZ101", "policies/costs.yaml", 1, 18)


def test_an_infinite_fte_is_an_error_in_the_institution_file_and_nothing_is_computed(
        tmp_path: Path) -> None:
    outcome = run(tmp_path, files(fte={"AAA": {"2024": ".inf"}}))
    assert [(d.rule, d.file, d.line, d.column) for d in outcome.diagnostics
            if d.rule != NOT_RUN] == [("NZ101", "institutions/AAA.yaml", 4, 11)]
    # The cost rules read the set-aside `fte`: each says at its key that it was not run.
    assert {(d.file, d.line, d.column, d.message.split()[0]) for d in outcome.diagnostics
            if d.rule == NOT_RUN} >= {("institutions/AAA.yaml", 3, 1, "NZ302")}
