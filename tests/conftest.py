"""Shared test helpers: fixture repositories on disk; the CLI runner is tests.support.cli."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from tests.support.cli import _LINE, Run, run_cli

# Property tests draw the same examples on every machine and run, and keep no example
# database: a failure found once must not replay from .hypothesis/ on later runs only there.
settings.register_profile("nzconfig", database=None, derandomize=True)
settings.load_profile("nzconfig")

__all__ = ["_LINE", "Run", "run_cli"]

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"
REPOS = FIXTURES / "repos"
SHARED = ROOT.parent / "shared"


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
