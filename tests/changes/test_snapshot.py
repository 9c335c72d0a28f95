from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.changes.snapshot import archive, resolve
from nzconfig.core.errors import FatalError
from tests.minirepo import collection, commit, git, init, make_repo, put


def test_revision_of_a_subfolder_repository(tmp_path: Path) -> None:
    outer = tmp_path / "outer"
    repo = make_repo(outer / "config", [collection("Books (TST)", ["AAA"])])
    (outer / "README").write_text("not part of the snapshot\n")
    init(outer)
    put(repo, collection("Books (TST)", ["AAA", "BBB"]))
    commit(outer, "add BBB")
    target = tmp_path / "snap"
    archive(repo, "HEAD~1", target)
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*.yaml")) == sorted(
        p.relative_to(repo).as_posix() for p in repo.rglob("*.yaml"))
    assert "BBB" not in (target / "collections/books-tst.yaml").read_text()
    assert not (target / "README").exists()


def test_folder_and_working_tree(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", [])
    assert resolve(repo, None, tmp_path / "x").root == repo
    assert resolve(repo, str(repo), tmp_path / "x").label == str(repo)


def test_unknown_revision_is_fatal(tmp_path: Path) -> None:
    repo = init(make_repo(tmp_path / "repo", []))
    with pytest.raises(FatalError, match="neither a folder nor a git revision"):
        resolve(repo, "no-such-branch", tmp_path / "x")
    git(repo, "status")  # untouched
