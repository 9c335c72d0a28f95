from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.changes import markdown
from nzconfig.changes.analysis import analyse
from tests.minirepo import collection, commit, git, init, make_repo


def test_revision_before_the_configuration_existed(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "README").write_text("start\n")
    init(root)
    make_repo(root, [collection("Books (TST)", ["AAA"])])
    commit(root, "configuration")
    result = analyse(root, "HEAD~1", "HEAD")
    assert [(c.kind, c.name) for c in result.changes.collections] == [("added", "Books (TST)")]
    assert result.changes.institutions_added == ["AAA", "BBB", "CCC"]
    git(root, "status")


def test_long_lists_are_cut_and_say_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    books = collection("Books (TST)", ["AAA", "Q1", "Q2", "Q3"],
                       linking={"level": "book", "method": "link_resolver"})
    base = make_repo(tmp_path / "a", [books])
    head = make_repo(tmp_path / "b", [books])
    monkeypatch.setattr(markdown, "MAX_ROWS", 2)
    text = markdown.render(analyse(tmp_path, str(base), str(head)))
    assert "`Q1`" in text and "`Q2`" in text and "`Q3`" not in text
    assert "… and 1 more (all of them: `nzconfig diff --format json`)" in text


def test_names_are_escaped_for_markdown(tmp_path: Path) -> None:
    base = make_repo(tmp_path / "a", [])
    head = make_repo(tmp_path / "b", [collection("A|B *C* <x> (TST)", ["AAA"])])
    text = markdown.render(analyse(tmp_path, str(base), str(head)))
    assert r"Added **A\|B \*C\* &lt;x> (TST)**" in text
    assert r"| AAA | A\|B \*C\* &lt;x> (TST) | — |" in text
