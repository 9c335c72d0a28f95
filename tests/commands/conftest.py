"""The small Alma repository and the emulator seeded from it, for the commands that talk to
Alma (pull, drift, apply)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.services.alma_emulator import Emulator
from tests.services.conftest import start
from tests.support.alma import small_repo


@pytest.fixture
def small(tmp_path: Path) -> Path:
    return small_repo(tmp_path / "repo")


@pytest.fixture
def small_alma(small: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    emulator = start(small, monkeypatch)
    yield emulator
    emulator.stop()
