"""An open-access collection in the NZ has at least two participating members.

Policy: "If only one library is interested in a particular OA resource, activation of this
resource should be directed back to the appropriate IZ. ... If more than one library is
interested, APAC directs the E-Resource Committee (ERC) to investigate." An active
open-access collection with fewer members than policies/open-access.yaml
`participation.min_members` (WRLC: 2) does not belong in the NZ. Without that setting the
rule does not run. Seed: 003, "Shared Open Access E-Resource Collections Workflow", step 2.

Fix: activate the collection in the one interested member's IZ and remove it from the NZ
(or mark it `status: inactive`), or record the other participating members.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ207"
FIXED = False
NAME = "oa-participation"
TITLE = "Open-access collections in the NZ have enough participating members"
SEVERITY = Severity.ERROR
SEED = "003 Shared Open Access E-Resource Collections Workflow, step 2"
PARAMS: Mapping[str, Any] = {}
POLICY = (("policies/open-access.yaml", "participation.min_members",
           "the fewest participating members"),)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    least = (network.policy("open-access").get("participation") or {}).get("min_members")
    if least is None:
        return
    for collection in network.collections:
        if collection.access_type != "open_access" or not collection.active:
            continue
        members = sorted(set(collection.members))
        if len(members) >= least:
            continue
        if len(members) == 1:
            hint = f"only `{members[0]}` participates: activate it in that IZ instead"
        else:
            hint = "record the participating members, or remove it from the NZ"
        yield Finding(
            collection.doc, ("members",),
            f"an open-access collection in the NZ needs at least {least} participating "
            f"members; it has {len(members)}", hint,
            at_key=True, collection=collection.name)
