"""The Confluence storage-format page is well-formed XML with every value as text."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from tests.render.pages import COLUMNS, XSS, render, small_repo

# Confluence storage format is an XHTML fragment using the ac: and ri: prefixes; a parser
# needs them declared and one root element.
WRAP = ('<root xmlns:ac="http://atlassian.com/content" '
        'xmlns:ri="http://atlassian.com/resource/identifier">{}</root>')
AC = "{http://atlassian.com/content}"


def parse(tmp_path: Path) -> ET.Element:
    return ET.fromstring(WRAP.format(render(small_repo(tmp_path))["collections.xhtml"]))


def test_well_formed_with_one_row_per_collection(tmp_path: Path) -> None:
    rows = parse(tmp_path).findall("./table/tbody/tr")
    assert ["".join(th.itertext()) for th in rows[0].findall("th")] == COLUMNS
    names = [(tr.find("td").text or "").strip() for tr in rows[1:]]  # type: ignore[union-attr]
    assert names == ["Alpha | Beta (TST)", "Delta (TST)", XSS,
                     "gamma & <b>bold</b> (TST) (Gamma CZ)"]


def test_values_are_text_never_elements(tmp_path: Path) -> None:
    root = parse(tmp_path)
    assert root.find(".//img") is None
    assert root.find(".//b") is None
    tags = {element.tag for element in root.iter()}
    assert tags <= {"root", "h1", "p", "code", "table", "tbody", "tr", "th", "td", "br",
                    f"{AC}structured-macro", f"{AC}parameter"}


def test_inactive_shows_a_status_macro(tmp_path: Path) -> None:
    macros = parse(tmp_path).findall(f".//{AC}structured-macro")
    assert [m.get(f"{AC}name") for m in macros] == ["status"]
    assert [p.text for p in macros[0]] == ["Grey", "INACTIVE"]
