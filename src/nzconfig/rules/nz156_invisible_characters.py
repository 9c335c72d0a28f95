"""Text holds no invisible characters: no control, bidi or zero-width character anywhere.

Why: such characters cannot be seen, and some reorder the text around them (a bidi
override, U+202E, before `JSTOR (WRLC)` shows it reversed; a zero-width space makes two
names that look equal differ). In a name, a code or a key they deceive reviewers; in any
other value they have no use. Every text value and key of every file is checked: control
characters (but tab and line breaks in free text such as `notes`), bidi controls and marks,
zero-width and other invisible format characters, line and paragraph separators. Names,
codes, member codes and keys may not hold tabs or line breaks either. Reports show the
characters as escapes (`\\u202e`).

It cannot be turned off, given another severity, or waived.

Fix: retype the value, or delete the characters (an editor that shows invisible characters
helps).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.core.markup import hidden
from nzconfig.loading.loader import Document, Path_
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding, all_text

ID = "NZ156"
NAME = "invisible-characters"
TITLE = "Text holds no control, bidi or zero-width characters"
SEVERITY = Severity.ERROR
SEED = "(none: the repository's integrity; issue 10)"
PARAMS: Mapping[str, Any] = {}
# Not configurable and not waivable: a pull request could otherwise switch off the check
# that catches it (policies/rules.yaml and waivers.yaml come from pull requests too).
FIXED = True

# Values that name or identify something: one line, no tab.
_ONE_LINE = frozenset({"name", "cz_name", "code", "members", "member", "collection", "file",
                       "rule", "id", "vendor", "fund", "licence", "import_profile", "package"})
_FREE_TEXT_OK = frozenset("\t\n\r")


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for doc in documents(network):
        if not all_text(doc.data).isprintable():  # nearly every file is: no walk
            yield from _walk(doc, doc.data, (), one_line=False)


def documents(network: Network) -> Iterator[Document]:
    yield from (i.doc for i in network.institutions.values())
    yield from (c.doc for c in network.collections)
    yield from (r.doc for r in network.record_files)
    yield from network.policies.values()
    yield from network.costs


def _walk(doc: Document, value: Any, path: Path_, one_line: bool) -> Iterator[Finding]:
    if isinstance(value, str):
        if not value.isprintable():  # the fast path: nearly every value is printable
            bad = _bad(value, one_line)
            if bad:
                yield Finding(doc, path, f"the text holds invisible characters ({', '.join(bad)}"
                              "), which hide or reorder what is shown",
                              "retype the value or delete the characters")
    elif isinstance(value, dict):
        for key, item in value.items():
            child = (*path, key)
            if isinstance(key, str) and not key.isprintable() and _bad(key, True):
                yield Finding(doc, child, f"the key holds invisible characters "
                              f"({', '.join(_bad(key, True))})", "retype the key",
                              at_key=True)
            yield from _walk(doc, item, child, one_line or key in _ONE_LINE)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(doc, item, (*path, index), one_line)


def _bad(text: str, one_line: bool) -> list[str]:
    found = hidden(text if one_line else "".join(c for c in text if c not in _FREE_TEXT_OK))
    return sorted(set(found))
