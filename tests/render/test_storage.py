"""The pages in Confluence storage format: well-formed XML, values as text, links to the
other pages by their Confluence titles."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from nzconfig.engine.validate import validate
from nzconfig.render import run, storage
from tests.render.pages import XSS, small_repo

WRAP = ('<root xmlns:ac="http://atlassian.com/content" '
        'xmlns:ri="http://atlassian.com/resource/identifier">{}</root>')


def test_every_page_is_well_formed_and_values_stay_text(tmp_path: Path) -> None:
    repo = small_repo(tmp_path)
    pages = list(storage.pages(run.rendered(repo, validate(repo))))
    titles = [p.title for p in pages]
    assert len(set(titles)) == len(titles)
    assert titles[0] == "TST: shared electronic collections (index)"
    for page in pages:
        root = ET.fromstring(WRAP.format(page.body))
        assert root.find(".//img") is None and root.find(".//b") is None, page.path
        assert root.find(".//input") is None and root.find(".//nav") is None, page.path
    index = next(p for p in pages if p.path == "index.html")
    assert '<ri:page ri:content-title="TST: Checklist for CCC (CCC Library)"/>' in index.body
    matrix = next(p for p in pages if p.path == "access-matrix.html")
    assert "&lt;img src=x onerror=alert(1)&gt;" in matrix.body
    assert XSS not in matrix.body


def test_links_leave_the_site_only_as_text() -> None:
    html = ('<body><main><p><a href="https://example.org/x">out</a> <a href="#nz201">in</a> '
            '<a href="../members/AAA.html#top">member</a> <a href="../data.csv">csv</a>'
            '</p></main></body>')
    body = storage.convert(html, "members/BBB.html", {"members/AAA.html": "T: AAA"})
    assert body == ('<p>out in <ac:link><ri:page ri:content-title="T: AAA"/><ac:link-body>'
                    'member</ac:link-body></ac:link> csv</p>\n')
