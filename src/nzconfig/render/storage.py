"""The site's pages in Confluence storage format, for ``nzconfig publish confluence``.

The collections table has its own template (collections.xhtml). Every other page is its web
page turned into storage format: the navigation, the page's own heading (Confluence shows the
title), forms and scripts go; the rest is re-emitted tag by tag from a short list of
elements, without attributes, with the text escaped again, and a link to another page of the
site becomes a link to that page's title in Confluence. The input is our own autoescaped
HTML, but nothing of it is passed through as markup unchecked.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from xml.sax.saxutils import escape, quoteattr

from nzconfig.render.pages import Rendered

KEPT = frozenset({"h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "thead",
                  "tbody", "tfoot", "tr", "th", "td", "strong", "em", "code"})
DROPPED = frozenset({"head", "nav", "h1", "footer", "script", "style", "form", "template"})
VOID = frozenset({"br", "input", "img", "meta", "link", "hr", "wbr"})
NOTE = ("<p>Published by <code>nzconfig publish confluence</code> from the repository; "
        "edit the YAML files, not this page.</p>\n")


@dataclass(frozen=True, slots=True)
class StoragePage:
    path: str  # the web page it comes from
    title: str  # the Confluence page's title
    body: str


def titles(rendered: Rendered) -> dict[str, str]:
    """Each web page's title in Confluence (unique in a space): the network's code first."""
    site = rendered.site
    prefix = site.network_code or site.network_name
    result = {}
    for page in rendered.pages:
        if not page.path.endswith(".html"):
            continue
        if page.path == "index.html":
            result[page.path] = f"{prefix}: shared electronic collections (index)"
        else:
            result[page.path] = f"{prefix}: {page.title}"
    return result


def pages(rendered: Rendered) -> Iterator[StoragePage]:
    """Every web page of the render in storage format, index first, one at a time."""
    names = titles(rendered)
    for path, title in names.items():
        if path == "collections.html":  # the wiki table, written for Confluence
            body = b"".join(rendered.chunks("collections.xhtml")).decode("utf-8")
        else:
            html = b"".join(rendered.chunks(path)).decode("utf-8")
            body = NOTE + convert(html, path, names)
        yield StoragePage(path, title, body)


def convert(html: str, path: str, titles: dict[str, str]) -> str:
    converter = _Converter(path, titles)
    converter.feed(html)
    converter.close()
    return "".join(converter.out).strip() + "\n"


class _Converter(HTMLParser):
    def __init__(self, path: str, titles: dict[str, str]) -> None:
        super().__init__(convert_charrefs=True)
        self.folder = posixpath.dirname(path)
        self.titles = titles
        self.out: list[str] = []
        self.skipping: list[str] = []  # the open elements being dropped with their content
        self.open: list[str] = []  # what each open element emitted as its end tag

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            if tag == "br" and not self.skipping:
                self.out.append("<br/>")
            return
        classes = (dict(attrs).get("class") or "").split()
        if self.skipping or tag in DROPPED or "downloads" in classes:
            self.skipping.append(tag)
            return
        if tag == "a":
            target = self._target(dict(attrs).get("href") or "")
            if target:
                self.out.append(f"<ac:link><ri:page ri:content-title={quoteattr(target)}/>"
                                "<ac:link-body>")
                self.open.append("</ac:link-body></ac:link>")
                return
        if tag in KEPT:
            self.out.append(f"<{tag}>")
            self.open.append(f"</{tag}>")
        else:  # section, header, main, span, label, button...: their content only
            self.open.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self.skipping:
            self.skipping.pop()
            return
        if self.open:
            self.out.append(self.open.pop())

    def handle_data(self, data: str) -> None:
        if not self.skipping and self.open:
            self.out.append(escape(data))

    def _target(self, href: str) -> str:
        """The Confluence title of the site's page ``href`` leads to, or ""."""
        address = href.split("#", 1)[0]
        if not address or ":" in address or address.startswith("/"):
            return ""
        return self.titles.get(posixpath.normpath(posixpath.join(self.folder, address)), "")
