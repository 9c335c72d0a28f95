"""Collection names are unique across the repository.

Why: the name is how Alma staff find a shared collection in the Network Zone, and how
waivers, diffs and reports refer to it. Two files with one name is a copy-paste slip.

Fix: remove the duplicate file, or give it the right name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Collection, Network
from nzconfig.rules.base import Finding

ID = "NZ153"
FIXED = False
NAME = "unique-collection-name"
TITLE = "Collection names are unique"
SEVERITY = Severity.ERROR
SEED = "003 Shared Electronic Collections table"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    first: dict[str, Collection] = {}
    for collection in network.collections:
        earlier = first.setdefault(collection.name.casefold(), collection)
        if earlier is not collection:
            line, col = earlier.doc.pos(("name",))
            yield Finding(
                collection.doc, ("name",),
                f"collection name `{collection.name}` is already used by "
                f"{earlier.doc.file}:{line}:{col}",
                collection=collection.name,
            )
