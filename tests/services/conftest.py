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


def shipped(target: Path) -> Path:
    """The shipped WRLC data (collections, institutions, policies), Alma settings fast."""
    for folder in ("collections", "institutions", "policies"):
        shutil.copytree(ROOT / folder, target / folder)
    (target / "policies" / "alma.yaml").write_text(FAST, encoding="utf-8")
    return target


def start(repo: Path, monkeypatch: pytest.MonkeyPatch) -> Emulator:
    """Alma as ``repo`` describes it, answering on 127.0.0.1; the NZ read key set."""
    emulator = seeded(repo)
    emulator.state.threshold = 1_000_000  # the rate-limit test sets Alma's 25 back
    monkeypatch.setenv("ALMA_API_URL", emulator.start())
    monkeypatch.setenv("ALMA_API_KEY", NZ_READ_KEY)
    monkeypatch.delenv("ALMA_API_KEY_FILE", raising=False)
    monkeypatch.setenv("NZCONFIG_TODAY", "2026-01-15")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return emulator


@pytest.fixture(scope="session")
def pulled_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped data after one pull with every member's key: made once per session
    (a pull of 78 files is the slow part of these tests), copied by the tests."""
    from tests.services.alma.helpers import run, with_member_keys

    target = shipped(tmp_path_factory.mktemp("pulled") / "wrlc")
    with pytest.MonkeyPatch.context() as patch:
        emulator = start(target, patch)
        with_member_keys(patch)
        try:
            code, out = run("pull", str(target))
        finally:
            emulator.stop()
    assert code in (0, 1), out
    return target


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return shipped(tmp_path / "wrlc")


@pytest.fixture
def alma(repo: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    emulator = start(repo, monkeypatch)
    yield emulator
    emulator.stop()


@pytest.fixture
def writer(alma: Emulator, monkeypatch: pytest.MonkeyPatch) -> Emulator:
    monkeypatch.setenv("ALMA_API_KEY", NZ_WRITE_KEY)
    return alma
