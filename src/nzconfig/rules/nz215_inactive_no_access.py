"""An inactive collection grants no access: its member list is empty (warning).

Policy: a collection marked ``status: inactive`` is no longer offered; members listed in
its Group Settings would still appear to have access in the wiki table and in every
report built from the data. The rule warns rather than fails: withdrawing access in Alma
and emptying the list may lag the decision to inactivate, and the list is the record of
who had access until then. Other rules already count only active collections as access
(e.g. NZ203, NZ207). Seed: 003, Shared Electronic Collections table ("INACTIVE DOAB ...",
listed with its access).

Fix: when the Group Settings are removed in Alma, empty ``members`` (``members: []``);
or, if the collection is in use, set ``status: active``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ215"
FIXED = False
NAME = "inactive-no-access"
TITLE = "Inactive collections grant no access"
SEVERITY = Severity.WARNING
SEED = "003 Shared Electronic Collections table"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in network.collections:
        if collection.active or not collection.members:
            continue
        count = len(set(collection.members))
        yield Finding(collection.doc, ("members",),
                      f"inactive collection still lists {count} member(s) with access",
                      "empty members (`members: []`) once Group Settings are removed in "
                      "Alma, or set `status: active`", at_key=True, collection=collection.name)
