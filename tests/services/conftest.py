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


# The shipped collections the tests name (inject_drift's among them; DOAB, which the
# shipped waivers name), with others of each kind of linking: enough for the guard's 25 %
# to allow a 3-collection change. Each pull, drift or apply then makes about 45 requests
# (about 170 with all 78). test_client's end-to-end test pulls the whole shipped data.
SAMPLE = ("arxiv-org-wrlc", "cell-press-free-archives-wrlc",
          "de-gruyter-yale-university-press-complete-ebook-package-2024-wrlc",
          "doab-directory-of-open-access-books-wrlc", "e-book-central-complete-wrlc",
          "international-monetary-fund-elibrary-wrlc", "jstor-open-access-wrlc", "jstor-wrlc",
          "nature-free-wrlc", "oxford-journals-open-access-collection-wrlc",
          "pubmed-central-wrlc", "springer-behavioral-science-2005-wrlc",
          "springer-behavioral-science-2013-wrlc", "world-scientific-open-wrlc")


def shipped(target: Path, *, whole: bool = False) -> Path:
    """The shipped WRLC institutions and policies with the SAMPLE of its collections (all of
    them if ``whole``), Alma settings fast."""
    for folder in ("institutions", "policies"):
        shutil.copytree(ROOT / folder, target / folder)
    if whole:
        shutil.copytree(ROOT / "collections", target / "collections")
    else:
        (target / "collections").mkdir()
        for name in SAMPLE:
            shutil.copy2(ROOT / "collections" / f"{name}.yaml", target / "collections")
    (target / "policies" / "alma.yaml").write_text(FAST, encoding="utf-8")
    return target


def collection_files(repo: Path) -> int:
    return len(list((repo / "collections").glob("*.yaml")))


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
    """The sample after one pull with every member's key: made once per session, copied by
    the tests."""
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
