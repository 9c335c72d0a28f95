"""Fixtures for the Alma tests: a copy of the shipped WRLC repository and the emulator
seeded from it, with the environment pointing nzconfig at the emulator."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.services.alma_emulator import NZ_READ_KEY, NZ_WRITE_KEY, Emulator, seeded

FAST = """\
region: na
rate_limit: 1000
reserve: 10
timeout_seconds: 2
retries: {attempts: 3, backoff_seconds: 0.01, max_wait_seconds: 1}
guard: {max_share_changed: 0.25, max_access_removed: 10}
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The shipped WRLC data (collections, institutions, policies), Alma settings fast."""
    target = tmp_path / "wrlc"
    for folder in ("collections", "institutions", "policies"):
        shutil.copytree(ROOT / folder, target / folder)
    (target / "policies" / "alma.yaml").write_text(FAST, encoding="utf-8")
    return target


@pytest.fixture
def alma(repo: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    """Alma as the repository describes it, answering on 127.0.0.1; the NZ read key set."""
    emulator = seeded(repo)
    emulator.state.threshold = 1_000_000  # the rate-limit test sets Alma's 25 back
    url = emulator.start()
    monkeypatch.setenv("ALMA_API_URL", url)
    monkeypatch.setenv("ALMA_API_KEY", NZ_READ_KEY)
    monkeypatch.delenv("ALMA_API_KEY_FILE", raising=False)
    monkeypatch.setenv("NZCONFIG_TODAY", "2026-01-15")
    yield emulator
    emulator.stop()


@pytest.fixture
def writer(alma: Emulator, monkeypatch: pytest.MonkeyPatch) -> Emulator:
    monkeypatch.setenv("ALMA_API_KEY", NZ_WRITE_KEY)
    return alma


def all_keys(emulator: Emulator) -> list[str]:
    return sorted(emulator.state.keys)
