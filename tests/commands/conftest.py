"""A small repository and the Alma emulator seeded from it, for the commands that talk to
Alma (pull, drift, apply): one collection, three members, fast retry settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.minirepo import collection, make_repo
from tests.services.alma_emulator import Emulator
from tests.services.conftest import FAST, start

BOOKS = collection("Books (TST)", ["AAA", "BBB"], package="P",
                   linking={"level": "book", "method": "link_resolver"})


@pytest.fixture
def small(tmp_path: Path) -> Path:
    repo = make_repo(tmp_path / "repo", [BOOKS])
    (repo / "policies" / "alma.yaml").write_text(FAST, encoding="utf-8")
    return repo


@pytest.fixture
def small_alma(small: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    emulator = start(small, monkeypatch)
    yield emulator
    emulator.stop()
