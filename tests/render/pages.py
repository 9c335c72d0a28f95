"""Helpers for the render tests: render a repository in memory, and read the Markdown table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from nzconfig.engine.validate import validate
from tests.support.render import rendered_files
from tests.support.repos import collection, make_repo

# The wiki table's columns, in the seed's order.
COLUMNS = ["Collection Name", "Subscription Package", "Managed via", "Access Type",
           "Acquisitions Profile", "Availability", "Institutions"]
XSS = "<img src=x onerror=alert(1)>"


def render(root: Path) -> dict[str, str]:
    """Every file the render writes for ``root``, as text (errors do not stop it)."""
    return {path: data.decode("utf-8")
            for path, data in rendered_files(root, validate(root)).items()}


def small_repo(root: Path) -> Path:
    """Four collections with awkward values, members AAA, BBB, CCC."""
    return make_repo(root, [
        collection("Alpha | Beta (TST)", ["AAA", "BBB"], package="Pipe | Co",
                   acquisitions_profile="TST", availability=["Access to all in collection"]),
        collection(XSS, ["CCC"], access_type="open_access"),
        collection("gamma & <b>bold</b> (TST)", ["AAA", "BBB", "CCC"], cz_name="Gamma CZ",
                   package="Taylor & Francis", access_type="open_access",
                   availability=["DDA - *one*", "EBA - `two` [x](y)"]),
        collection("Delta (TST)", ["BBB"], status="inactive", managed_via="import_profile",
                   import_profile="Delta loader", package="Delta"),
    ])


def cell_text(inline: Token) -> tuple[str, list[str]]:
    """A cell's text as a reader sees it, and the text of its bold parts apart."""
    plain: list[str] = []
    bold: list[str] = []
    in_bold = False
    for child in inline.children or []:
        if child.type in ("html_inline", "link_open", "image"):
            raise AssertionError(f"a value became markup in the table: {child}")
        if child.type == "strong_open":
            in_bold = True
        elif child.type == "strong_close":
            in_bold = False
        elif child.type in ("text", "code_inline"):
            (bold if in_bold else plain).append(child.content)
        elif child.type == "softbreak":
            plain.append(" ")
    return "".join(plain).strip(), bold


def table(markdown: str) -> tuple[list[str], list[list[tuple[str, list[str]]]]]:
    """The header and the body rows of the (only) table in a Markdown page."""
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    tables = [t for t in tokens if t.type == "table_open"]
    assert len(tables) == 1, f"expected one table, found {len(tables)}"
    header: list[str] = []
    rows: list[list[tuple[str, list[str]]]] = []
    section = ""
    for i, token in enumerate(tokens):
        if token.type in ("thead_open", "tbody_open"):
            section = token.type
        elif token.type == "tr_open" and section == "tbody_open":
            rows.append([])
        elif token.type == "inline" and tokens[i - 1].type in ("th_open", "td_open"):
            if section == "thead_open":
                header.append(cell_text(token)[0])
            else:
                rows[-1].append(cell_text(token))
    return header, rows


def plain_rows(markdown: str) -> list[dict[str, Any]]:
    header, rows = table(markdown)
    assert header == COLUMNS
    return [dict(zip(header, (text for text, _ in row), strict=True)) | {
        "bold": row[0][1]} for row in rows]
