from __future__ import annotations

import json
from pathlib import Path

from tests.report.conftest import EXPECTED
from tests.support.cli import run_cli as nzconfig


def test_json_report_has_version_summary_and_every_finding(findings_repo: Path) -> None:
    run = nzconfig("validate", findings_repo, "--format", "json")
    assert run.code == 1
    data = json.loads(run.stdout)
    assert data["version"] == 1
    assert data["tool"]["name"] == "nzconfig"
    found = {d["file"]: (d["severity"], d["rule"]) for d in data["diagnostics"]}
    assert found == EXPECTED
    assert data["summary"] == {"files": 10, "errors": 2, "warnings": 1, "notices": 0,
                               "waived": 0}
    member = next(d for d in data["diagnostics"] if d["rule"] == "NZ151")
    assert (member["line"], member["column"], member["pointer"]) == (6, 3, "/members/1")
    assert (member["collection"], member["member"]) == ("Books (TST)", "ZZZ")
    assert data["waived"] == []


def test_output_file_gets_the_same_bytes(findings_repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()  # a missing folder is refused, not created (tests/adversarial)
    run = nzconfig("validate", findings_repo, "--format", "json", "--output", out)
    assert run.code == 1 and run.stdout == ""
    again = nzconfig("validate", findings_repo, "--format", "json")
    assert out.read_text(encoding="utf-8") == again.stdout


def test_fail_on_warning_counts_warnings(findings_repo: Path) -> None:
    (findings_repo / "collections/broken.yaml").unlink()
    (findings_repo / "institutions/ZZZ.yaml").write_text("code: ZZZ\n", encoding="utf-8")
    assert nzconfig("validate", findings_repo, "--format", "json").code == 0
    run = nzconfig("validate", findings_repo, "--format", "json", "--fail-on", "warning")
    assert run.code == 1
