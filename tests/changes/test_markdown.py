from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.changes import markdown
from nzconfig.changes.analysis import analyse
from tests.support.repos import collection, commit, git, init, make_repo


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
    assert r"Added **A\|B \*C\* \<x> (TST)**" in text
    assert r"| AAA | A\|B \*C\* \<x> (TST) | — |" in text


def test_no_link_image_heading_html_or_mention_comes_from_data(tmp_path: Path) -> None:
    """The pull-request comment and the plan, parsed as GitHub would (markdown-it-py with
    tables, strikethrough and autolinks): the only headings, HTML and links are our own."""
    from nzconfig.changes import plan_markdown
    from tests.core.test_markup import HOSTILE, gfm, walk

    names = [f"{name} {i} (TST)" for i, name in enumerate(HOSTILE)]
    base = make_repo(tmp_path / "a", [collection(n, ["AAA"]) for n in names[::2]])
    head = make_repo(tmp_path / "b", [collection(n, ["BBB", "AAA"], status="inactive",
                                                 notes=n) for n in names[1::2]]
                     + [collection(n, ["AAA", "CCC"]) for n in names[::2]])
    analysis = analyse(tmp_path, str(base), str(head))
    parser = gfm()
    for text in (markdown.render(analysis), plan_markdown.render(analysis)):
        tokens = list(walk(parser.parse(text)))
        kinds = {t.type for t in tokens}
        assert not kinds & {"link_open", "image"}, text
        headings = [tokens[i + 1].content for i, t in enumerate(tokens)
                    if t.type == "heading_open"]
        assert all(h.startswith(("nzconfig:", "Alma plan:", "Collections", "Access per",
                                 "CDI settings", "Findings", "Institutions and", "Policies"))
                   or (h.endswith("(TST)") and h.count("(TST)") == 1) for h in headings), headings
        html = [t.content.strip() for t in tokens if t.type in ("html_inline", "html_block")]
        assert all(h.startswith(("<!-- nzconfig diff -->", "<details>", "</details>"))
                   for h in html), html
        assert "@octocat" not in "".join(t.content for t in tokens if t.type == "text")
