"""Shared test settings and paths; the CLI runner is tests.support.cli, the repository
builder tests.support.repos."""

from __future__ import annotations

import os
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent


def _keep_bytecode_outside_the_tree() -> None:
    """With PYTHONDONTWRITEBYTECODE set (as some containers and sandboxes do), every xdist
    worker and every `nzconfig` subprocess of the suite compiles nzconfig and the tests from
    source again: about half of collecting the suite, and a tenth of a second per subprocess.
    Keep the bytecode, but in .pytest_cache/ rather than beside the sources, which is what
    that setting guards against. Workers and subprocesses inherit it through the environment."""
    if not sys.dont_write_bytecode or sys.pycache_prefix:
        return
    prefix = str(ROOT / ".pytest_cache" / "pycache")
    sys.pycache_prefix, sys.dont_write_bytecode = prefix, False
    os.environ["PYTHONPYCACHEPREFIX"] = prefix
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


_keep_bytecode_outside_the_tree()

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from tests.support.profile import PROFILE  # noqa: E402

# Property tests keep no example database: a failure found once must not replay from
# .hypothesis/ on later runs only there. The ci profile draws the same examples on every
# machine and run; nightly draws new ones each night (tests/support/profile.py).
settings.register_profile("ci", database=None, derandomize=True)
settings.register_profile("nightly", database=None, derandomize=False, print_blob=True,
                          max_examples=2000)
settings.load_profile(PROFILE)

FIXTURES = TESTS / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (seeds, YAML test suite, SARIF schema) is not beside this checkout")
    return SHARED
