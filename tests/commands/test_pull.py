"""`nzconfig pull`: options, what it prints and its exit codes (the pull itself is
tests/services/alma/test_pull.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.alma_emulator import Emulator
from tests.support.cli import run_cli as nzconfig


def test_dry_run_prints_the_diff_and_writes_nothing(small: Path, small_alma: Emulator) -> None:
    before = (small / "collections/books-tst.yaml").read_bytes()
    run = nzconfig("pull", "--dry-run", small)
    assert run.code == 0, run.stderr
    assert run.stdout.startswith("--- a/collections/books-tst.yaml\n"
                                 "+++ b/collections/books-tst.yaml\n")
    assert "+alma_id: '610000000104101'\n" in run.stdout
    assert run.stderr.splitlines()[-1] == (
        "pull: 1 collections read from Alma (3 requests); 1 files would change (0 new)")
    assert (small / "collections/books-tst.yaml").read_bytes() == before


def test_pull_writes_then_validates(small: Path, small_alma: Emulator) -> None:
    run = nzconfig("pull", "--repo", small)
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert "pull: not read (no ALMA_API_KEY_<CODE>): AAA, BBB, CCC" in lines
    assert "pull: 1 collections read from Alma (3 requests); 1 files changed (0 new)" in lines
    assert lines[-1].startswith("0 errors, 0 warnings")
    assert "alma_id: '610000000104101'" in (small / "collections/books-tst.yaml").read_text()
    again = nzconfig("pull", "--dry-run", small)
    assert again.stdout == "" and "0 files would change" in again.stderr


def test_an_unreachable_alma_exits_2(small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALMA_API_URL", "http://127.0.0.1:9/almaws/v1/")
    monkeypatch.setenv("ALMA_API_KEY", "l8xxNotAKeyAtAll000000000000000000000000")
    run = nzconfig("pull", small)
    assert run.code == 2
    assert "Traceback" not in run.stderr and run.stderr.strip() != ""


def test_no_key_exits_2(small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALMA_API_KEY", raising=False)
    monkeypatch.delenv("ALMA_API_KEY_FILE", raising=False)
    run = nzconfig("pull", small)
    assert run.code == 2 and "ALMA_API_KEY" in run.stderr
