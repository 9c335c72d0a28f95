"""The standalone HTML pages parse as HTML, fetch nothing, and escape every value."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

import html5lib
import pytest

from tests.render.pages import XSS, render, small_repo

# One worker runs this module (--dist loadgroup): its module fixture is made once.
pytestmark = pytest.mark.xdist_group("html")

NS = {"h": "http://www.w3.org/1999/xhtml"}
HTML_PAGES = ("collections.html", "access-matrix.html", "index.html", "cdi-settings.html",
              "validation.html", "open-access-review.html", "members/CCC.html")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Mapping[str, str]:
    """The small repository's site, rendered once for the module (read-only)."""
    return MappingProxyType(render(small_repo(tmp_path_factory.mktemp("html"))))


def parse(text: str) -> object:
    # strict: any parse error (bad nesting, stray end tag, bad attribute) raises
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(text)


@pytest.mark.parametrize("page", HTML_PAGES)
def test_parses_without_errors(pages: Mapping[str, str], page: str) -> None:
    parse(pages[page])


def test_one_row_per_collection_and_values_as_text(pages: Mapping[str, str]) -> None:
    document = parse(pages["collections.html"])
    rows = document.findall(".//h:table[@id='collections']/h:tbody/h:tr", NS)  # type: ignore[attr-defined]
    assert len(rows) == 4
    first_cells = ["".join(r.find("h:td", NS).itertext()) for r in rows]
    assert XSS in first_cells
    assert document.find(".//h:tbody//h:img", NS) is None  # type: ignore[attr-defined]
    assert document.find(".//h:tbody//h:b", NS) is None  # type: ignore[attr-defined]
    members = [r.get("data-members") for r in rows]
    assert members == ["AAA BBB", "BBB", "CCC", "AAA BBB CCC"]


@pytest.mark.parametrize("page", HTML_PAGES)
def test_no_external_requests(pages: Mapping[str, str], page: str) -> None:
    text = pages[page]
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?(?:[a-z]+:)?//""", text)
    assert "@import" not in text and "url(" not in text
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text)
    assert policy is not None
    assert "default-src 'none'" in policy.group(1)
    assert "unsafe-inline" not in policy.group(1)


@pytest.mark.parametrize("page", HTML_PAGES)
def test_a_name_with_markup_stays_text(pages: Mapping[str, str], page: str) -> None:
    document = parse(pages[page])
    assert document.find(".//h:img", NS) is None  # type: ignore[attr-defined]
    assert document.find(".//h:b", NS) is None  # type: ignore[attr-defined]
    assert len(document.findall(".//h:nav", NS)) == 1  # type: ignore[attr-defined]


def test_each_markdown_page_has_its_web_page(pages: Mapping[str, str]) -> None:
    markdown = {p.removesuffix(".md") for p in pages if p.endswith(".md")}
    web = {p.removesuffix(".html") for p in pages if p.endswith(".html")}
    assert markdown <= web
    assert "index.md" not in pages["index.md"] and ".html" not in pages["index.md"]
