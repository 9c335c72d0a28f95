"""Shared test settings and paths; the CLI runner is tests.support.cli, the repository
builder tests.support.repos."""

from __future__ import annotations

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
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (seeds, YAML test suite, SARIF schema) is not beside this checkout")
    return SHARED
