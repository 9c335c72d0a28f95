"""The collections a cost file covers exist, and their members are the resource's participants.

Policy: the members who pay for a shared resource are the members who get access to it in
the NZ collection's Group Settings. A cost file may list the NZ collections it pays for
(`collections`, by exact name); each must exist, and its `members` should be the
participants of the cost file's most recent fiscal year: the message names who pays without
access and who has access without paying. Seed: 003, "CCC Shared Cost Formula Philosophy"
and the "Shared Electronic Collections" table.
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Failing example (the collection's `members` are AAA and BBB):

    # costs/test-package.yaml
    collections: [Test Package (TST)]
    years:
      "2024":
        members: [AAA, BBB, CCC]

Passing: the collection's `members: [AAA, BBB, CCC]`, those of the latest year.

Fix: correct the collection name, or bring the collection's members and the cost year's
members into line.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core import catalog
from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = catalog.COST_COLLECTIONS
FIXED = False
NAME = "cost-collections"
TITLE = "A cost file's collections exist and their members are its participants"
SEVERITY = Severity.WARNING
SEED = "003 CCC Shared Cost Formula Philosophy; 003 Shared Electronic Collections table"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    if not network.costs:
        return
    from nzconfig.domain.costs.model import resources

    for resource in resources(network).values():
        latest = resource.years[resource.latest_year()]
        paying = set(latest.members)
        for index, name in enumerate(resource.collections):
            collection = network.collection(name)
            at = ("collections", index)
            if collection is None:
                yield Finding(resource.doc, at, f"no collection is named `{name}`",
                              "give the collection's `name` exactly, suffix included")
                continue
            having = set(collection.members)
            parts = []
            if paying - having:
                parts.append(f"pay for it in {latest.fiscal_year} without access: "
                             + ", ".join(sorted(paying - having)))
            if having - paying:
                parts.append("have access without paying: "
                             + ", ".join(sorted(having - paying)))
            if parts:
                yield Finding(resource.doc, at,
                              f"the members of `{name}` are not the {latest.fiscal_year} "
                              "participants (" + "; ".join(parts) + ")",
                              "update the collection's members or the cost year's members")
