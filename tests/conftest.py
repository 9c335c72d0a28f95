"""Shared test helpers: fixture repositories on disk and running the real CLI."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every machine and run, and keep no example
# database: a failure found once must not replay from .hypothesis/ on later runs only there.
settings.register_profile("nzconfig", database=None, derandomize=True)
settings.load_profile("nzconfig")

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"
REPOS = FIXTURES / "repos"
SHARED = ROOT.parent / "shared"

_LINE = re.compile(r"^(?P<file>[^\s:]+):(?P<line>\d+):(?P<column>\d+): "
                   r"(?P<severity>error|warning|notice) \[(?P<rule>NZ\d{3})\] (?P<message>.*)$")


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str

    def diagnostics(self) -> list[dict[str, str]]:
        """Every text-format diagnostic line printed on either stream."""
        found = []
        for line in (self.stdout + "\n" + self.stderr).splitlines():
            match = _LINE.match(line)
            if match:
                found.append(match.groupdict())
        return found


def run_cli(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None,
            installed: bool = False) -> Run:
    """Run nzconfig in a fresh process: ``installed`` uses the console script on PATH."""
    command = [shutil.which("nzconfig") or "nzconfig"] if installed else [
        sys.executable, "-m", "nzconfig"]
    full_env = {**os.environ, **(env or {})}
    full_env.pop("GITHUB_ACTIONS", None)
    done = subprocess.run([*command, *map(str, args)], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    return Run(done.returncode, done.stdout, done.stderr)


def fixture_repo(case: str, destination: Path) -> Path:
    """The base fixture repository with the case's files laid over it."""
    shutil.copytree(REPOS / "_base", destination)
    overlay = REPOS / case / "repo"
    if overlay.is_dir():
        shutil.copytree(overlay, destination, dirs_exist_ok=True)
    return destination


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (seeds, YAML test suite, SARIF schema) is not beside this checkout")
    return SHARED
