from __future__ import annotations

from pathlib import Path

from tests.rules.costrepo import COST, COST_TEXT, files
from tests.rules.policyrepo import found, run


def test_some_usage_passes(tmp_path: Path) -> None:
    text = COST_TEXT.replace("{AAA: 10, BBB: 10, CCC: 10}", "{AAA: 0, BBB: 0, CCC: 1}")
    assert found(tmp_path, files(text), "NZ307") == []


def test_zero_total_usage_is_an_error_at_the_year(tmp_path: Path) -> None:
    text = COST_TEXT.replace("{AAA: 10, BBB: 10, CCC: 10}", "{AAA: 0, BBB: 0, CCC: 0}")
    assert found(tmp_path, files(text), "NZ307") == [(COST, 5, 3, "error")]
    [d] = [d for d in run(tmp_path, files(text)).diagnostics if d.rule == "NZ307"]
    assert d.message == ("the participants' total usage (Downloads, 2023) is zero: the rest "
                         "of the invoice cannot be divided by share of usage")
