"""A licence's title lists name the collections it covers, and say what they list.

Policy: the central office attaches "any title lists or URLs to title lists" to the
licence. A ``title_list`` document may say which collections it lists (``collections``);
each is a collection the licence covers: one that names the licence in ``licence`` or is
in the licence's ``covers``. Where the file can be read (``format`` kbart, tsv or csv, or
a .txt, .tsv or .csv ``path``; UTF-8; at most ``max_rows`` rows) it is compared with them:

- its header names a title column (KBART's ``publication_title``, or ``title``);
- if it has a ``collection`` column, every collection named there is one of the
  document's ``collections`` (or, when the document lists none, one the licence
  covers), and every collection the document lists has at least one title.

A PDF, a spreadsheet or a URL is not read (only NZ236's checks apply). Files are read only
when NZ236 would accept them (inside the repository, regular, within its size limit).
Seed: 004, "Licences: view-only access to licenses in the Network Zone".

Failing example: ``collections: [IEEE Journals (CSU)]`` on a title list whose
``collection`` column also names ``IEEE Standards (CSU)``. Passing: both listed, and both
covered by the licence.

Fix: correct the document's ``collections``, the licence's ``covers``, or the list.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.domain import licence_documents
from nzconfig.domain.licence_documents import TitleList
from nzconfig.loading.model import Network, Record
from nzconfig.rules.base import Finding

ID = "NZ238"
FIXED = False
NAME = "title-list-collections"
TITLE = "Title lists name the licence's collections and agree with them"
SEVERITY = Severity.ERROR
SEED = "004 Licences: view-only access to licenses in the Network Zone"
PARAMS: Mapping[str, Any] = {"max_rows": 200_000, "max_bytes": 50 * 1024 * 1024}
PARAM_DOCS = {"max_rows": "the most rows of a title list that are read",
              "max_bytes": "the largest title-list file that is read"}
_MAX_NAMED = 10  # unknown collections named one by one; the rest are counted


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    read: dict[tuple[Path, str], TitleList] = {}  # each file read once, however often named
    named: dict[str, set[str]] = {}  # licence code -> the collections naming it
    for collection in network.collections:
        named.setdefault(str(collection.data.get("licence")), set()).add(collection.name)
    for licence in network.licences.values():
        covered = named.get(licence.code, set()) | set(licence.data.get("covers") or [])
        for index, document in enumerate(licence.data.get("documents") or []):
            if document.get("kind") != "title_list":
                continue
            listed = list(document.get("collections") or [])
            for number, name in enumerate(listed):
                if name not in covered:
                    yield Finding(licence.doc, ("documents", index, "collections", number),
                                  f"`{name}` is not a collection this licence covers",
                                  "list it in the licence's `covers`, or name the licence "
                                  "in the collection's `licence`")
            yield from _compare(network, licence, index, document, listed, covered, params,
                                read)


def _compare(network: Network, licence: Record, index: int, document: dict[str, Any],
             listed: list[str], covered: set[str], params: Mapping[str, Any],
             read: dict[tuple[Path, str], TitleList]) -> Iterator[Finding]:
    fmt = licence_documents.title_format(document)
    relative = document.get("path")
    if fmt is None or not isinstance(relative, str) or "url" in document:
        return
    located = licence_documents.locate(network.root, relative, int(params["max_bytes"]))
    if located.path is None:
        return  # NZ236 reports it
    key = (located.path, fmt)
    if key not in read:
        read[key] = licence_documents.read_titles(located.path, relative, fmt,
                                                  int(params["max_rows"]),
                                                  int(params["max_bytes"]))
    titles = read[key]
    where = ("documents", index, "path")
    if titles.problem is not None:
        yield Finding(licence.doc, where, titles.problem, "save the list as UTF-8 " + fmt)
        return
    if titles.title_column is None:
        yield Finding(licence.doc, where, f"`{relative}` has no title column "
                      "(`publication_title` or `title`) in its first line",
                      "export the list with its header (KBART: publication_title, ...)")
        return
    if titles.truncated:
        yield Finding(licence.doc, where, f"`{relative}` has more than "
                      f"{params['max_rows']:,} rows; only those were compared", None)
    if not titles.collections:
        return  # no collection column: nothing more the format allows to compare
    unknown = [(line, name) for name, line in titles.collections.items()
               if name not in (listed or covered)]
    for line, name in sorted(unknown)[:_MAX_NAMED]:
        yield Finding(licence.doc, where, f"`{relative}` line {line} lists titles of "
                      f"`{name}`, which the " + ("document does not name" if listed
                                                 else "licence does not cover"),
                      "add it to the document's `collections`, or correct the list")
    if len(unknown) > _MAX_NAMED:
        yield Finding(licence.doc, where, f"`{relative}` names {len(unknown) - _MAX_NAMED:,} "
                      "more collections the document does not name", None)
    for name in listed:
        if name not in titles.collections:
            yield Finding(licence.doc, where, f"`{relative}` lists no title of `{name}`",
                          "export the full list, or remove the collection from the "
                          "document's `collections`")
