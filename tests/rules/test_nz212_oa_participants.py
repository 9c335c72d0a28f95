from __future__ import annotations

from pathlib import Path

from tests.rules.oarecord import COMPLETE, FILE
from tests.rules.policyrepo import found, run


def test_access_equal_to_participants_passes(tmp_path: Path) -> None:
    assert found(tmp_path, {FILE: COMPLETE}, "NZ212") == []


def test_a_member_that_decided_out_is_an_error_at_its_entry(tmp_path: Path) -> None:
    text = COMPLETE.replace("    BBB: in\n", "    BBB: out\n")
    assert found(tmp_path, {FILE: text}, "NZ212") == [(FILE, 6, 3, "error")]
    [d] = [d for d in run(tmp_path, {FILE: text}).diagnostics if d.rule == "NZ212"]
    assert d.message == "`BBB` has access but decided `out`"


def test_a_participant_without_access_is_an_error_at_its_decision(tmp_path: Path) -> None:
    text = COMPLETE.replace("    CCC: out\n", "    CCC: in\n")
    assert found(tmp_path, {FILE: text}, "NZ212") == [(FILE, 11, 10, "error")]
