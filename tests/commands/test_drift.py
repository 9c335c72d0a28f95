"""`nzconfig drift`: formats, output file and exit codes (the comparison is
tests/services/alma/test_drift.py)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.services.alma_emulator import Emulator
from tests.support.cli import run_cli as nzconfig


def test_no_drift_exits_0_with_the_unchecked_members_as_notices(
        small: Path, small_alma: Emulator) -> None:
    run = nzconfig("drift", small)
    assert run.code == 0, run.stderr
    assert run.stdout.startswith("notice [NZ411] 3 members: AAA's own settings")


def test_a_difference_exits_1_at_its_key(small: Path, small_alma: Emulator) -> None:
    groups = small_alma.collection("Books (TST)")["group_settings"]["group_setting"]
    groups.append({**groups[0], "group": {"value": "CCC", "desc": "CCC"}})
    run = nzconfig("drift", small, "--format", "json")
    assert run.code == 1, run.stderr
    found = [(d["file"], d["member"]) for d in json.loads(run.stdout)["diagnostics"]
             if d["severity"] != "notice"]
    assert found == [("collections/books-tst.yaml", "CCC")]


def test_output_file_and_a_waiver(small: Path, small_alma: Emulator, tmp_path: Path) -> None:
    (small / "policies/waivers.yaml").write_text(
        "waivers:\n  - rule: NZ411\n    reason: no member keys in CI\n"
        "    expires: '2026-06-30'\n", encoding="utf-8")
    out = tmp_path / "drift.json"
    run = nzconfig("drift", small, "--format", "json", "-o", out)
    assert (run.code, run.stdout) == (0, "")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["rule"] for d in data["diagnostics"]] == []
    assert {d["rule"] for d in data["waived"]} == {"NZ411"}


def test_an_unknown_format_exits_2(small: Path) -> None:
    run = nzconfig("drift", small, "--format", "nope")
    assert run.code == 2 and "nope" in run.stderr
