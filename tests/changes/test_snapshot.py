from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.changes.snapshot import GitTree, archive, resolve
from nzconfig.core.errors import FatalError
from nzconfig.loading.repo import Folder
from tests.support.repos import collection, commit, git, init, make_repo, put


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


def test_a_revision_is_read_from_git_objects_and_unchanged_files_parse_once(
        tmp_path: Path) -> None:
    from nzconfig.changes.analysis import analyse

    repo = init(make_repo(tmp_path / "repo", [collection("Books (TST)", ["AAA"]),
                                              collection("Films (TST)", ["BBB"])]))
    put(repo, collection("Books (TST)", ["AAA", "BBB"]))
    commit(repo, "add BBB to Books")
    analysis = analyse(repo, "HEAD~1", "HEAD")
    base, head = analysis.base_outcome.network, analysis.head_outcome.network
    films = [(b, h) for b in base.collections for h in head.collections
             if b.name == h.name == "Films (TST)"]
    assert films and films[0][0].doc is films[0][1].doc  # one parse for both sides
    books = [(b, h) for b in base.collections for h in head.collections
             if b.name == h.name == "Books (TST)"]
    assert books[0][0].doc is not books[0][1].doc
    assert base.policies["cdi-matrix"] is head.policies["cdi-matrix"]
    # The working tree as head: its files are matched to the revision's by their bytes.
    analysis = analyse(repo, "HEAD~1", None)
    assert {c.name for c in analysis.changes.collections} == {"Books (TST)"}
    assert not list((tmp_path / "repo").glob("nzconfig-*"))


def test_a_revision_lists_only_what_a_folder_would(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", [collection("Books (TST)", ["AAA"])])
    (repo / "collections" / "folder.yaml").mkdir()
    (repo / "collections" / "folder.yaml" / "inside.yaml").write_text("name: x\n")
    (repo / "collections" / "nested").mkdir()
    (repo / "collections" / "nested" / "deep.yaml").write_text("name: y\n")
    (repo / "collections" / "notes.txt").write_text("not YAML\n")
    (repo / "policies" / "unknown.yaml").write_text("a: 1\n")
    (repo / "elsewhere").mkdir()
    (repo / "elsewhere" / "z.yaml").write_text("name: z\n")
    init(repo)
    on_disk = Folder(repo).listing()
    in_git = GitTree(repo, "HEAD", tmp_path / "root").listing()
    assert [s.file for s in in_git[0]] == [s.file for s in on_disk[0]]
    assert [(d.rule, d.file) for d in in_git[1]] == [(d.rule, d.file) for d in on_disk[1]] == [
        ("NZ015", "policies/unknown.yaml")]
    folder = next(s for s in in_git[0] if s.file == "collections/folder.yaml")
    refused = next(GitTree(repo, "HEAD", tmp_path).contents([folder]))
    assert isinstance(refused, list)
    assert [d.rule for d in refused] == ["NZ010"]
