"""The Markdown wiki table, read back with a real Markdown parser (markdown-it-py, GFM tables)."""

from __future__ import annotations

import posixpath
from pathlib import Path

from markdown_it import MarkdownIt

from tests.conftest import ROOT
from tests.render.pages import COLUMNS, XSS, plain_rows, render, small_repo, table


def test_one_row_per_collection_with_the_right_cells(tmp_path: Path) -> None:
    rows = plain_rows(render(small_repo(tmp_path))["collections.md"])
    assert [r["Collection Name"] for r in rows] == [
        # subscriptions, then open access; each alphabetical ignoring case
        "Alpha | Beta (TST)", "Delta (TST)", XSS, "gamma & <b>bold</b> (TST) (Gamma CZ)"]
    alpha, delta, xss, gamma = rows
    assert alpha == {
        "Collection Name": "Alpha | Beta (TST)", "Subscription Package": "Pipe | Co",
        "Managed via": "Community Zone", "Access Type": "Subscription",
        "Acquisitions Profile": "TST", "Availability": "Access to all in collection",
        "Institutions": "AAA; BBB", "bold": []}
    assert delta["Managed via"] == "Import Profile"
    assert delta["bold"] == ["INACTIVE"]  # the status is visible, beside the name
    assert xss["Access Type"] == "Open Access"
    assert xss["Institutions"] == "CCC"
    assert gamma["Subscription Package"] == "Taylor & Francis"
    assert gamma["Availability"] == "DDA - *one* ; EBA - `two` [x](y)"
    assert gamma["Institutions"] == "AAA; BBB; CCC"


def test_a_pipe_in_a_value_does_not_break_the_table(tmp_path: Path) -> None:
    header, rows = table(render(small_repo(tmp_path))["collections.md"])
    assert header == COLUMNS
    assert all(len(row) == len(COLUMNS) for row in rows)
    assert rows[0][0][0] == "Alpha | Beta (TST)"


def test_the_shipped_table_has_every_collection(tmp_path: Path) -> None:
    rows = plain_rows(render(ROOT)["collections.md"])
    files = sorted((ROOT / "collections").glob("*.yaml"))
    assert len(rows) == len(files) > 0
    kinds = [r["Access Type"] for r in rows]
    assert kinds == sorted(kinds, key=["Subscription", "Open Access"].index)


def test_every_link_of_the_markdown_pages_leads_to_a_page(tmp_path: Path) -> None:
    # A git-hosted wiki shows the Markdown pages themselves: their links must work there.
    parser = MarkdownIt("commonmark").enable("table")
    pages = render(small_repo(tmp_path))
    links = 0
    for page, text in pages.items():
        if not page.endswith(".md"):
            continue
        for block in parser.parse(text):
            for token in block.children or ():
                target = str(token.attrs.get("href", "")) if token.type == "link_open" else ""
                if not target or "://" in target or target.startswith("#"):
                    continue
                links += 1
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
                assert resolved in pages, f"{page} links to {target}, which is not produced"
    assert links > 10
