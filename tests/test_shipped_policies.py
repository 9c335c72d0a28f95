"""The shipped WRLC repository validates with no errors, and its policy files are broken
diagnosably: a bad open-access policy stops the run with a position."""

from __future__ import annotations

import shutil
from pathlib import Path

from nzconfig.core.diagnostics import Severity
from nzconfig.engine.validate import validate
from tests.conftest import ROOT
from tests.support.cli import run_cli
from tests.support.repos import TODAY


def test_shipped_wrlc_data_has_no_errors_or_warnings() -> None:
    outcome = validate(ROOT, today=TODAY)
    assert [d.text() for d in outcome.diagnostics if d.severity >= Severity.WARNING] == []
    # What the seeds do not record is said, not guessed: no collection records its linking
    # (NZ202, one per active collection with members) and no member its CDI inheritance
    # parameter (NZ209, one per member with access).
    network = outcome.network
    active = [c for c in network.collections if c.active and c.members]
    notices = [d.rule for d in outcome.diagnostics]
    assert notices.count("NZ202") == len(active) > 0
    assert notices.count("NZ209") == len(network.institutions) == 15
    # The seed's CDI matrix checks "Do not show as full text" for its two Book/Journal rows,
    # against its own general advice: said once per row (NZ241), not silently followed.
    assert notices.count("NZ241") == 2


def test_a_broken_open_access_policy_stops_the_run_with_a_position(tmp_path: Path) -> None:
    repo = tmp_path / "r"
    for folder in ("institutions", "collections", "policies"):
        shutil.copytree(ROOT / folder, repo / folder)
    (repo / "policies" / "open-access.yaml").write_text(
        "participation:\n  min_members: two\n", encoding="utf-8")
    done = run_cli("validate", repo)
    assert done.code == 2
    assert [(d["rule"], d["file"], d["line"], d["column"]) for d in done.diagnostics()] == [
        ("NZ101", "policies/open-access.yaml", "2", "16")]
