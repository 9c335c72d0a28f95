"""Small things issue 10 found in the cost reports: exact multipliers, honest percentages,
the cap itself already too much, a zero invoice, usage for a code that is no member."""

from __future__ import annotations

from pathlib import Path

from tests.commands.test_cost import repo
from tests.support.cli import run_cli


def test_exactly_the_cap_is_reported(tmp_path: Path) -> None:
    # Pay-to-play is $10.00 each; with usage 1:48:48 AAA's usage part is 970/97 = $10.00, so
    # AAA pays exactly 50% as pay-to-play: a 50% cap reports it, a 51% cap does not.
    root = repo(tmp_path, {"{AAA: 10, BBB: 10, CCC: 10}": "{AAA: 1, BBB: 48, CCC: 48}"})
    costs = root / "policies" / "costs.yaml"
    costs.write_text("pay_to_play_cap: 0.5\n", encoding="utf-8")
    done = run_cli("cost", "test-package", root)
    assert [d["rule"] for d in done.diagnostics()] == ["NZ306"]
    assert "pays 10.00 of its 20.00 (2024) as pay-to-play: 50%, at or above the 50% cap" in (
        done.stderr)
    costs.write_text("pay_to_play_cap: 0.51\n", encoding="utf-8")
    assert "NZ306" not in run_cli("cost", "test-package", root).stderr


def test_usage_for_a_code_that_is_no_member_is_reported(tmp_path: Path) -> None:
    done = run_cli("cost", "test-package", repo(tmp_path, {"CCC: 10}": "CCC: 10, ZZZ: 5}"}))
    assert done.code == 1
    [d] = done.diagnostics()
    assert d["rule"] == "NZ303" and "`ZZZ`" in d["message"]


def test_a_zero_invoice_has_no_empty_parentheses(tmp_path: Path) -> None:
    done = run_cli("cost", "test-package", "--repo",
                   repo(tmp_path, {'invoice: "1000.00"': 'invoice: "0.00"',
                                   'multiplier: "0.10"': 'multiplier: "0"'}))
    assert "()" not in done.stdout + done.stderr, done.stdout + done.stderr
