"""docs/ci/alma-drift.yml: its nzconfig lines run against the emulator, as the other CI
examples run against the shipped data (tests/test_ci_examples.py)."""

from __future__ import annotations

import shlex
from pathlib import Path

import yaml

from tests.conftest import ROOT
from tests.services.alma_emulator import Emulator, inject_drift
from tests.support.cli import run_cli

WORKFLOW = ROOT / "docs" / "ci" / "alma-drift.yml"


def commands() -> list[str]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    lines = [line.strip() for job in workflow["jobs"].values() for step in job["steps"]
             for line in str(step.get("run", "")).splitlines()]
    return [line for line in lines if line.startswith("nzconfig ")]


def test_the_workflow_runs_drift_nightly_with_secrets_only() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert "schedule" in workflow[True]  # PyYAML reads the key `on` as true
    env = workflow["jobs"]["drift"]["env"]
    assert env["ALMA_API_KEY"] == "${{ secrets.ALMA_API_KEY }}"
    assert all(v.startswith("${{ secrets.") for v in env.values())
    assert [shlex.split(c)[1] for c in commands()] == ["drift"]


def test_the_commands_run_and_fail_on_drift(repo: Path, alma: Emulator) -> None:
    """In-process from the repository's root, as the workflow runs them (the installed
    script is run end to end by test_client.py)."""

    def run_all() -> list[int]:
        return [run_cli(*shlex.split(command)[1:], cwd=repo).code for command in commands()]

    assert run_all() == [0]
    assert "0 errors" in (repo / "drift.txt").read_text()
    drift = inject_drift(alma)
    assert run_all() == [1]
    assert drift.added in (repo / "drift.txt").read_text()
