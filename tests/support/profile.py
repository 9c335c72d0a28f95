"""How thorough a run of the suite is, chosen by ``NZCONFIG_TEST_PROFILE``:

- ``ci`` (the default): every push and every developer's run; the whole suite in under a
  minute on two cores. The property and fuzz tests draw a few derandomized examples (the
  same ones on every run).
- ``nightly``: twenty times the examples, drawn afresh each run (a failure prints the
  example and the seed to reproduce it), and the tests that need a package index or build
  an environment (the pre-commit hook installed the way users' pre-commit installs it).
"""

from __future__ import annotations

import os

import pytest

PROFILE = os.environ.get("NZCONFIG_TEST_PROFILE", "ci")
if PROFILE not in ("ci", "nightly"):
    raise ValueError(f"NZCONFIG_TEST_PROFILE={PROFILE!r}: expected ci or nightly")
NIGHTLY = PROFILE == "nightly"

nightly_only = pytest.mark.skipif(
    not NIGHTLY, reason="nightly profile only (NZCONFIG_TEST_PROFILE=nightly)")


def examples(ci: int) -> int:
    """A property test's max_examples: ``ci`` in the ci profile, twenty times as many nightly."""
    return ci * 20 if NIGHTLY else ci
