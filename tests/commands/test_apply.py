"""`nzconfig apply`: dry by default, --yes writes, --undo puts back (the execution is
tests/services/alma/test_apply.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.services.alma_emulator import NZ_WRITE_KEY, Emulator
from tests.support.cli import run_cli as nzconfig
from tests.support.repos import commit, init

BOOKS = "Books (TST)"


def _members(alma: Emulator) -> list[str]:
    return sorted(g["group"]["value"]
                  for g in alma.collection(BOOKS)["group_settings"]["group_setting"])


@pytest.fixture
def merged(small: Path, small_alma: Emulator, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A committed change after Alma was seeded: CCC gains Books."""
    monkeypatch.setenv("ALMA_API_KEY", NZ_WRITE_KEY)
    nzconfig("pull", small)
    init(small)
    text = (small / "collections/books-tst.yaml").read_text(encoding="utf-8")
    (small / "collections/books-tst.yaml").write_text(
        text.replace("- BBB\n", "- BBB\n- CCC\n"), encoding="utf-8")
    commit(small, "CCC gains Books")
    return small


def test_nothing_to_apply(small: Path, small_alma: Emulator) -> None:
    run = nzconfig("apply", small)
    assert (run.code, run.stdout) == (
        0, "Nothing to apply: Alma says what the repository says.\n")


def test_without_yes_nothing_is_written(merged: Path, small_alma: Emulator) -> None:
    run = nzconfig("apply", merged)
    assert run.code == 0, run.stderr
    assert run.stdout.endswith("apply: nothing written; run with --yes to make these changes\n")
    assert "CCC" in run.stdout
    assert _members(small_alma) == ["AAA", "BBB"]


def test_yes_applies_journals_and_undo_restores(merged: Path, small_alma: Emulator,
                                               tmp_path: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    run = nzconfig("apply", merged, "--yes", "--force", "--journal", journal)
    assert run.code == 0, run.stdout + run.stderr
    assert f"journal: {journal}" in run.stdout
    assert _members(small_alma) == ["AAA", "BBB", "CCC"]
    assert all(json.loads(line) for line in journal.read_text().splitlines())
    undo = nzconfig("apply", merged, "--undo", journal, "--yes", "--journal",
                    tmp_path / "undo.jsonl")
    assert undo.code == 0, undo.stdout + undo.stderr
    assert _members(small_alma) == ["AAA", "BBB"]


def test_the_guard_refuses_a_large_share_without_force(merged: Path,
                                                       small_alma: Emulator) -> None:
    run = nzconfig("apply", merged, "--yes")
    assert run.code == 2
    assert "more than the guard allows (25%, policies/alma.yaml `guard`)" in run.stderr
    assert _members(small_alma) == ["AAA", "BBB"]


def test_uncommitted_changes_are_refused(merged: Path, small_alma: Emulator) -> None:
    books = merged / "collections/books-tst.yaml"
    books.write_text(books.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    run = nzconfig("apply", merged, "--yes", "--force")
    assert run.code == 2 and "uncommitted" in run.stderr, run.stderr
    assert _members(small_alma) == ["AAA", "BBB"]
