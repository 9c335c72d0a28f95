from __future__ import annotations

from pathlib import Path

from tests.rules.oarecord import COMPLETE, FILE
from tests.rules.policyrepo import found, run


def test_every_member_decided_passes(tmp_path: Path) -> None:
    assert found(tmp_path, {FILE: COMPLETE}, "NZ211") == []


def test_a_missing_response_is_an_error_at_decisions(tmp_path: Path) -> None:
    text = COMPLETE.replace("    CCC: out\n", "")
    assert found(tmp_path, {FILE: text}, "NZ211") == [(FILE, 8, 3, "error")]
    [d] = [d for d in run(tmp_path, {FILE: text}).diagnostics if d.rule == "NZ211"]
    assert d.message == "no decision recorded for `CCC`" and d.member == "CCC"


def test_the_responses_needed_follow_institutions(tmp_path: Path) -> None:
    files = {FILE: COMPLETE, "institutions/DDD.yaml": "code: DDD\n"}
    assert found(tmp_path, files, "NZ211") == [(FILE, 8, 3, "error")]


def test_an_unknown_code_is_an_error_with_the_nearest(tmp_path: Path) -> None:
    text = COMPLETE.replace("    CCC: out\n", "    CCC: out\n    CCD: out\n")
    assert found(tmp_path, {FILE: text}, "NZ211") == [(FILE, 12, 5, "error")]
    [d] = [d for d in run(tmp_path, {FILE: text}).diagnostics if d.rule == "NZ211"]
    assert d.hint == "did you mean `CCC`?"


def test_legacy_collections_are_exempt(tmp_path: Path) -> None:
    text = COMPLETE.replace("approval:\n", "approval:\n  legacy: true\n").replace(
        "    CCC: out\n", "")
    assert found(tmp_path, {FILE: text}, "NZ211") == []
