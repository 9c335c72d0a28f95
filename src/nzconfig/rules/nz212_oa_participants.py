"""An open-access collection's access matches its participating members.

Policy: the NZ Manager "activates the collection in the NZ, with configuration set for
the participating libraries". Every member in ``members`` decided ``in`` in the approval
record, and every member that decided ``in`` is in ``members``. When a member later opts
in or out at the yearly review, update both. Legacy collections are exempt. Seed: 003,
"Shared Open Access E-Resource Collections Workflow", step 5 and "Regular review".

Fix: add or remove the member in ``members``, or correct its decision.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.domain.approval import record, under_workflow
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ212"
FIXED = False
NAME = "oa-participants"
TITLE = "Open-access access matches the participating members"
SEVERITY = Severity.ERROR
SEED = "003 Shared Open Access E-Resource Collections Workflow, step 5"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in under_workflow(network):
        approval = record(collection)
        decisions = approval.get("decisions") if approval else None
        if not isinstance(decisions, dict):
            continue
        members = collection.members
        for index, code in enumerate(members):
            decision = decisions.get(code)
            if decision != "in" and members.index(code) == index:
                said = f"decided `{decision}`" if decision else "has no recorded decision"
                yield Finding(collection.doc, ("members", index),
                              f"`{code}` has access but {said}",
                              "remove it from members, or record its decision as `in`",
                              collection=collection.name, member=code)
        for code, decision in decisions.items():
            if decision == "in" and code not in members:
                yield Finding(collection.doc, ("approval", "decisions", code),
                              f"`{code}` decided `in` but is not in members",
                              f"add `{code}` to members", collection=collection.name,
                              member=code)
