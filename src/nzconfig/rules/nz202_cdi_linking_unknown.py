"""Say which collections' CDI settings cannot be checked, and why.

Policy: the CDI matrix (rule NZ201) chooses a collection's CDI settings by its linking level
and method. Where the collection file does not record them, or no matrix row covers the
recorded pair, nobody can tell what its members' CDI tabs should say. One notice per active
collection with members says so; nothing is guessed. Seed: 003, "Configuration of CDI
Settings for Shared Electronic Collections" (the rows are by linking level and method).

Fix: record `linking: {level: ..., method: ...}` from the collection's linking settings in
Alma (levels: book, journal, article, issue, database; methods: link_resolver,
link_in_record), or add the missing row to policies/cdi-matrix.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.core.wording import plural
from nzconfig.domain import cdi
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ202"
FIXED = False
NAME = "cdi-linking-unknown"
TITLE = "A collection's linking is recorded, so its CDI settings can be checked"
SEVERITY = Severity.NOTICE
SEED = "003 Configuration of CDI Settings for Shared Electronic Collections"
PARAMS: Mapping[str, Any] = {}
POLICY = (("policies/cdi-matrix.yaml", "rows", "the linking levels and methods with a row"),)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in network.collections:
        members = collection.members
        if not collection.active or not members:
            continue
        linking = collection.data.get("linking")
        # Counts go in hints, not messages: `nzconfig diff` matches findings by message.
        count = plural(len(members), "member")
        if not linking:
            yield Finding(
                collection.doc, ("name",),
                "linking level and method are not recorded: the members' CDI settings "
                "cannot be checked against the CDI matrix",
                f"add `linking: {{level: ..., method: ...}}` as set in Alma ({count} "
                "depend on it)",
                at_key=True, collection=collection.name)
        elif cdi.row_for(network, collection) is None:
            yield Finding(
                collection.doc, ("linking",),
                f"no CDI matrix row covers linking level `{linking['level']}` with "
                f"`{linking['method']}`: the members' CDI settings cannot be checked",
                f"check the linking, or add a row to policies/cdi-matrix.yaml ({count} "
                "depend on it)",
                at_key=True, collection=collection.name)
