"""`nzconfig fmt`: --check, --diff, PATHS and exit codes (the canonical form is
tests/edit/test_fmt.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import run_cli as nzconfig
from tests.support.repos import collection, make_repo

MESSY = ("# kept\nmembers: [BBB, AAA]\naccess_type: subscription\nname: Books (TST)\n"
         "managed_via: community_zone\n")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = make_repo(tmp_path / "repo", [collection("Films (TST)", ["AAA"])])
    (root / "collections/books-tst.yaml").write_text(MESSY, encoding="utf-8")
    return root


def test_check_names_the_file_exits_1_and_writes_nothing(repo: Path) -> None:
    run = nzconfig("fmt", "--check", "--repo", repo)
    assert run.code == 1
    assert run.stdout == "collections/books-tst.yaml: would reformat\n"
    assert run.stderr == "nzconfig: 1 file to format; run `nzconfig fmt`\n"
    assert (repo / "collections/books-tst.yaml").read_text(encoding="utf-8") == MESSY


def test_diff_prints_the_change_and_names_the_file_on_stderr(repo: Path) -> None:
    run = nzconfig("fmt", "--check", "--diff", "-C", repo)
    assert run.code == 1
    assert run.stdout.startswith("--- a/collections/books-tst.yaml\n")
    assert "-members: [BBB, AAA]\n" in run.stdout and "+members: [AAA, BBB]\n" in run.stdout
    assert "collections/books-tst.yaml: would reformat" in run.stderr


def test_write_then_check_passes_and_comments_stay(repo: Path) -> None:
    run = nzconfig("fmt", "--repo", repo, repo / "collections")
    assert (run.code, run.stdout) == (0, "collections/books-tst.yaml: reformatted\n"
                                         "1 of 2 files reformatted\n")
    text = (repo / "collections/books-tst.yaml").read_text(encoding="utf-8")
    assert text == ("# kept\nname: Books (TST)\nmanaged_via: community_zone\n"
                    "access_type: subscription\nmembers: [AAA, BBB]\n")
    again = nzconfig("fmt", "--check", "--repo", repo)
    assert again.code == 0 and again.stdout.endswith("files already formatted\n")


def test_a_path_that_does_not_exist_exits_2(repo: Path) -> None:
    assert nzconfig("fmt", "--repo", repo, repo / "nope.yaml").code == 2
