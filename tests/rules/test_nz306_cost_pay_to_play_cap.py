from __future__ import annotations

from pathlib import Path

from tests.rules.costrepo import COST, COST_TEXT, MEMBER_COLUMNS, files
from tests.rules.policyrepo import found, run

# AAA has no downloads: all of its contribution is pay-to-play.
NO_USE = COST_TEXT.replace("AAA: 10,", "AAA: 0,")


def test_shares_under_the_cap_pass(tmp_path: Path) -> None:
    assert found(tmp_path, files(), "NZ306") == []


def test_a_member_over_the_cap_is_a_warning_at_its_code(tmp_path: Path) -> None:
    assert found(tmp_path, files(NO_USE), "NZ306") == [
        (COST, 8, MEMBER_COLUMNS["AAA"], "warning")]
    [d] = [d for d in run(tmp_path, files(NO_USE)).diagnostics if d.rule == "NZ306"]
    assert d.message == ("`AAA` pays 10.00 of its 10.00 (2024) as pay-to-play: 100%, at or "
                         "above the 90% cap")
    assert d.member == "AAA"


def test_the_cap_comes_from_the_policy(tmp_path: Path) -> None:
    high = files(extra={"policies/costs.yaml": "pay_to_play_cap: 0.5\n"})
    assert found(tmp_path / "a", high, "NZ306") == []
    # Everyone pays 10.00 of 333.33 or 333.34 as pay-to-play: 3.00%.
    low = files(extra={"policies/costs.yaml": "pay_to_play_cap: 0.02\n"})
    assert [c for _, _, c, _ in found(tmp_path / "b", low, "NZ306")] == [15, 20, 25]
