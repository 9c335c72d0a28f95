"""`nzconfig member remove|rename`: arguments, --dry-run and exit codes (the edit itself is
tests/edit/test_members.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import run_cli as nzconfig
from tests.support.repos import collection, make_repo


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "repo", [collection("Books (TST)", ["AAA", "BBB", "CCC"]),
                                         collection("Films (TST)", ["CCC"])])


def test_dry_run_prints_the_diff_and_writes_nothing(repo: Path) -> None:
    before = {p: p.read_bytes() for p in repo.rglob("*.yaml")}
    run = nzconfig("member", "remove", "CCC", repo, "--dry-run")
    assert run.code == 0, run.stderr
    assert "-- CCC\n" in run.stdout.replace("\n- CCC\n", "\n-- CCC\n")
    assert "delete institutions/CCC.yaml" in run.stdout
    assert "member remove CCC: would change 3 files" in run.stdout
    assert "next:" not in run.stdout
    assert "collections/films-tst.yaml: no member has access any more" in run.stderr
    assert {p: p.read_bytes() for p in repo.rglob("*.yaml")} == before


def test_rename_writes_and_says_what_to_run_next(repo: Path) -> None:
    run = nzconfig("member", "rename", "CCC", "DDD", "--repo", repo)
    assert run.code == 0, run.stderr
    assert run.stdout.splitlines()[-1] == f"next: nzconfig validate {repo}"
    assert (repo / "institutions/DDD.yaml").is_file()
    assert not (repo / "institutions/CCC.yaml").exists()


@pytest.mark.parametrize(("args", "message"), [
    (("remove", "bad code"), "`bad code` is not a member code"),
    (("rename", "AAA", "aaa"), "`aaa` is not a member code"),
    (("rename", "AAA", "AAA"), "OLD and NEW are the same code"),
])
def test_bad_codes_are_usage_errors(repo: Path, args: tuple[str, ...], message: str) -> None:
    run = nzconfig("member", *args, repo)
    assert run.code == 2 and message in run.stderr


def test_an_unknown_code_and_a_taken_code_are_refused(repo: Path) -> None:
    assert nzconfig("member", "remove", "ZZZ", repo).code == 2
    run = nzconfig("member", "rename", "AAA", "BBB", repo)
    assert run.code == 2 and "institutions/BBB.yaml exists already" in run.stderr
