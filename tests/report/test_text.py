"""The text report: one line per finding, then the summary with counts and waived findings."""

from __future__ import annotations

from pathlib import Path

from nzconfig.report import get
from tests.conftest import ROOT
from tests.support.cli import run_cli


def test_the_summary_counts_findings_files_and_waivers(findings_repo: Path) -> None:
    run = run_cli("validate", findings_repo)
    *findings, summary = run.stdout.splitlines()
    assert summary == "2 errors, 1 warning, 0 notices in 10 files"
    assert findings[0].startswith("collections/books-tst.yaml:6:3: error [NZ151] ")


def test_waived_findings_are_counted_in_the_summary() -> None:
    from nzconfig.engine.validate import validate

    outcome = validate(ROOT)
    assert outcome.waived
    assert get("text")(outcome).endswith(f"({len(outcome.waived)} findings waived)\n")
