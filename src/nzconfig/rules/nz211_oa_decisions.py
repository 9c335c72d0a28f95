"""Every member's decision on an open-access collection is recorded.

Policy: for each requested open-access resource CCC reports "decisions of all WRLC members
(IZ level - need 14 responses)". The approval record's ``decisions`` must name every
institution in ``institutions/`` with ``in`` or ``out``; a missing response is an error
naming the member, and a code that is no institution is an error with the nearest code.
The number of responses follows ``institutions/``, not the seed's 14. Legacy collections
(``approval: {legacy: true}``) are exempt. Seed: 003, "Shared Open Access E-Resource
Collections Workflow", step 1.

Fix: ask the member for its decision and record it, or correct the code.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.core.wording import did_you_mean
from nzconfig.domain.approval import record, under_workflow
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ211"
FIXED = False
NAME = "oa-decisions"
TITLE = "Every member's open-access decision is recorded"
SEVERITY = Severity.ERROR
SEED = "003 Shared Open Access E-Resource Collections Workflow, step 1"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    known = sorted(network.known_codes())
    for collection in under_workflow(network):
        approval = record(collection)
        decisions = approval.get("decisions") if approval else None
        if not isinstance(decisions, dict):
            continue
        for code in known:
            if code not in decisions:
                yield Finding(collection.doc, ("approval", "decisions"),
                              f"no decision recorded for `{code}`",
                              f"add `{code}: in` or `{code}: out`", at_key=True,
                              collection=collection.name, member=code)
        for code in decisions:
            if code not in known:
                yield Finding(collection.doc, ("approval", "decisions", code),
                              f"`{code}` is not a member institution",
                              did_you_mean(code, known), at_key=True,
                              collection=collection.name, member=code)
