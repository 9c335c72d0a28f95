"""The open-access approval steps are dated in the workflow's order.

Policy: the workflow runs in order: CCC gathers the request and decisions (step 1), ERC
approves (step 3), APAC decides to proceed (step 4), the NZ Manager activates (step 5).
So ``requested`` <= ``erc_approved`` <= ``apac_approved`` <= ``activated`` for the dates
given, and each is a real calendar date. Legacy collections are exempt. Seed: 003, "Shared
Open Access E-Resource Collections Workflow".

Fix: correct the date from the committee minutes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from nzconfig.core import isodate
from nzconfig.core.diagnostics import Severity
from nzconfig.domain.approval import DATED_STEPS, STEP_NAMES, record, under_workflow
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ213"
FIXED = False
NAME = "oa-approval-order"
TITLE = "Open-access approval steps are dated in order"
SEVERITY = Severity.ERROR
SEED = "003 Shared Open Access E-Resource Collections Workflow, steps 1-5"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in under_workflow(network):
        approval = record(collection)
        if approval is None:
            continue
        latest: tuple[str, date] | None = None
        for step in DATED_STEPS:
            if step not in approval:
                continue
            day = isodate.parse(approval[step])
            if day is None:
                yield Finding(collection.doc, ("approval", step),
                              f"`{approval[step]}` is not a calendar date",
                              "write a real date, YYYY-MM-DD", collection=collection.name)
                continue
            if latest is not None and day < latest[1]:
                yield Finding(collection.doc, ("approval", step),
                              f"`{step}` ({day}) is before `{latest[0]}` ({latest[1]})",
                              f"{STEP_NAMES[step]} after {STEP_NAMES[latest[0]]}",
                              collection=collection.name)
                continue
            latest = (step, day)
