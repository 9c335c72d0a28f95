"""After activation, the open-access workflow's steps 5-7 are recorded in order.

Policy: after activating the collection (step 5) the "NZ Manager tests access on behalf of
participating IZs. NZ Manager configures SUSHI collection (if applicable) and provides
access to usage statistics to participating libraries. NZ Manager notifies APAC when
completed." Then "APAC notifies CCC and ERC of successful activation" (step 6) and "CCC
publicizes new shared OA collections at home libraries and in WRLC Newsletter" and keeps
the list of shared OA collections (step 7). The approval record tracks them::

    approval:
      activated: 2025-11-20          # step 5 (rules NZ210, NZ213)
      access_tested: 2025-11-21      # step 5
      usage_statistics: 2025-11-24   # step 5: SUSHI set up, or not_applicable
      apac_notified: 2025-11-25      # step 5, when completed
      ccc_erc_notified: 2025-12-02   # step 6
      publicized: 2025-12-15         # step 7

Each is a real date, on or after the steps it follows (``access_tested`` and
``usage_statistics`` after ``activated``; ``apac_notified`` after both; then
``ccc_erc_notified``, then ``publicized``), and a step is recorded only with the steps it
follows: a collection publicized without a recorded access test is an error. Steps not yet
taken are left out. Legacy collections are exempt. Seed: 003, "Shared Open Access
E-Resource Collections Workflow", steps 5-7.

Fix: record the missing step's date from the NZ Manager's and committees' records, or
correct the date.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from nzconfig.core import isodate
from nzconfig.core.diagnostics import Severity
from nzconfig.domain.approval import record, under_workflow
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ239"
FIXED = False
NAME = "oa-follow-up-steps"
TITLE = "Open-access workflow steps 5-7 are recorded in order after activation"
SEVERITY = Severity.ERROR
SEED = "003 Shared Open Access E-Resource Collections Workflow, steps 5-7"
PARAMS: Mapping[str, Any] = {}

# Each follow-up step, in the workflow's order, with the steps it comes after.
FOLLOWS: dict[str, tuple[str, ...]] = {
    "access_tested": ("activated",),
    "usage_statistics": ("activated",),
    "apac_notified": ("access_tested", "usage_statistics"),
    "ccc_erc_notified": ("apac_notified",),
    "publicized": ("ccc_erc_notified",),
}
NAMES = {
    "activated": "the activation (step 5)",
    "access_tested": "the access test (step 5)",
    "usage_statistics": "the SUSHI/usage set-up (step 5)",
    "apac_notified": "the NZ Manager's notice to APAC (step 5)",
    "ccc_erc_notified": "APAC's notice to CCC and ERC (step 6)",
    "publicized": "CCC's publicity (step 7)",
}
NOT_APPLICABLE = "not_applicable"


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in under_workflow(network):
        approval = record(collection)
        if approval is None:
            continue
        for step, earlier in FOLLOWS.items():
            if step not in approval:
                continue
            day = _day(approval, step)
            if day is None and approval[step] != NOT_APPLICABLE:
                yield Finding(collection.doc, ("approval", step),
                              f"`{approval[step]}` is not a calendar date",
                              "write a real date, YYYY-MM-DD", collection=collection.name)
                continue
            for before in earlier:
                if before not in approval:
                    yield Finding(collection.doc, ("approval", step),
                                  f"`{step}` is recorded but `{before}` is not: "
                                  f"{NAMES[step]} comes after {NAMES[before]}",
                                  f"record `{before}:` (a date"
                                  + (", or not_applicable)" if before == "usage_statistics"
                                     else ")"), at_key=True, collection=collection.name)
                    continue
                then = _day(approval, before)
                if day is not None and then is not None and day < then:
                    yield Finding(collection.doc, ("approval", step),
                                  f"`{step}` ({day}) is before `{before}` ({then})",
                                  f"{NAMES[step]} comes after {NAMES[before]}",
                                  collection=collection.name)


def _day(approval: Mapping[str, Any], step: str) -> date | None:
    return isodate.parse(approval.get(step))
