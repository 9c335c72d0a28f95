"""Collection names do not look like one another: no two are confusable (UTS #39).

Why: `JSTOR (WRLC)` written with the Cyrillic letter O (U+041E) looks exactly like
`JSTOR (WRLC)`; a pull request
adding it would pass every other check and every output would show the two as one. Two
collection names are confusable when Unicode's confusable skeletons of them are equal
(Unicode Technical Standard #39, section 4; the data is Unicode's confusables.txt, from the
confusable-homoglyphs package) although the names differ. Names that differ only in case
are NZ153's. Each such name is reported, naming the other's file.

It cannot be turned off, given another severity, or waived.

Fix: use the intended letters (retype the name), or rename one of the collections.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.core.markup import visible
from nzconfig.loading.model import Collection, Network
from nzconfig.rules.base import Finding

ID = "NZ157"
NAME = "confusable-collection-names"
TITLE = "Collection names are not confusable with one another (UTS #39)"
SEVERITY = Severity.ERROR
SEED = "003 Shared Electronic Collections table (names are how staff find a collection)"
PARAMS: Mapping[str, Any] = {}
# Not configurable and not waivable: a pull request could otherwise switch off the check
# that catches it (policies/rules.yaml and waivers.yaml come from pull requests too).
FIXED = True


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    from nzconfig.domain.confusables import skeleton

    first: dict[str, Collection] = {}
    for collection in network.collections:
        name = collection.name
        if not isinstance(name, str):
            continue
        earlier = first.setdefault(skeleton(name), collection)
        if earlier is collection or earlier.name.casefold() == name.casefold():
            continue
        line, col = earlier.doc.pos(("name",))
        yield Finding(
            collection.doc, ("name",),
            f"collection name `{visible(name)}` looks like `{visible(earlier.name)}` of "
            f"{earlier.doc.file}:{line}:{col} (Unicode confusables)",
            "use the intended letters, or rename one of them",
            collection=name,
        )
