"""A member is listed once in a collection's ``members``.

Why: a repeated code is harmless in Alma's Group Settings but is always a slip in the
data (often a code typed twice where another member was meant).

Fix: delete the repeated entry (the message names the first one).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ155"
FIXED = False
NAME = "duplicate-member"
TITLE = "No member is listed twice in one collection"
SEVERITY = Severity.ERROR
SEED = "003 Shared Electronic Collections table"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in network.collections:
        members = collection.members
        if len(set(members)) == len(members):  # no member twice, as in nearly every file
            continue
        first: dict[str, int] = {}
        for index, code in enumerate(members):
            earlier = first.setdefault(code, index)
            if earlier != index:
                line, _ = collection.doc.pos(("members", earlier))
                yield Finding(
                    collection.doc, ("members", index),
                    f"`{code}` is listed twice (first at line {line})",
                    "delete this entry", collection=collection.name, member=code,
                )
