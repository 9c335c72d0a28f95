from __future__ import annotations

from pathlib import Path

from tests.rules.oarecord import COMPLETE, FILE
from tests.rules.policyrepo import found, run


def test_steps_in_order_pass(tmp_path: Path) -> None:
    assert found(tmp_path, {FILE: COMPLETE}, "NZ213") == []


def test_apac_before_erc_is_an_error_at_the_later_step(tmp_path: Path) -> None:
    text = COMPLETE.replace("apac_approved: 2024-11-03", "apac_approved: 2024-10-01")
    assert found(tmp_path, {FILE: text}, "NZ213") == [(FILE, 15, 18, "error")]
    [d] = [d for d in run(tmp_path, {FILE: text}).diagnostics if d.rule == "NZ213"]
    assert d.message == "`apac_approved` (2024-10-01) is before `erc_approved` (2024-10-14)"


def test_an_impossible_date_is_an_error(tmp_path: Path) -> None:
    text = COMPLETE.replace("activated: 2024-11-20", "activated: 2024-11-31")
    assert found(tmp_path, {FILE: text}, "NZ213") == [(FILE, 16, 14, "error")]
