"""Helpers the Alma tests share: running the CLI, member keys, where a key is in a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.alma_emulator import member_key
from tests.support.cli import run_cli

MEMBERS = ("AMU", "AMULAW", "CAA", "CUALAW", "DOC", "DOCLAW", "GAL", "GML", "GUNIV",
           "GUNIVLAW", "GWA", "GWAHLTH", "GWALAW", "HOW", "MAR")


def run(*args: str) -> tuple[int, str]:
    """The command in-process (tests.support.cli.run_cli); stdout, then stderr."""
    done = run_cli(*args)
    return done.code, done.output


def with_member_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for code in MEMBERS:
        monkeypatch.setenv(f"ALMA_API_KEY_{code}", member_key(code))


def line_of(path: Path, text: str, after: str | None = None) -> int:
    """The 1-based line where ``text`` starts a line (the first after ``after``)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(after)) if after else 0
    return next(i for i, line in enumerate(lines) if i >= start and line.startswith(text)) + 1
