"""An open-access collection carries its approval record.

Policy: new open-access collections reach the NZ through the "Shared Open Access
E-Resource Collections Workflow": CCC gathers every member's in/out decision (step 1), the
NZ Manager reports the CZ record number and ERC approves (step 3), APAC decides (step 4),
the NZ Manager activates (step 5). An active open-access collection records that in
``approval``::

    approval:
      requested: 2025-09-02        # optional
      decisions: {AMU: in, CAA: out, ...}   # every member (rule NZ211)
      cz_record: "61111058563444000"
      erc_approved: 2025-10-14
      apac_approved: 2025-11-03
      activated: 2025-11-20

The participating members are those that decided ``in``; ``members`` must equal them
(rule NZ212). Which keys are required is the parameter ``required``. A collection added
before the record was kept says so with ``approval: {legacy: true}`` (a ``note`` may say
why); the parameter ``allow_legacy: false`` withdraws that exemption. Seed: 003, "Shared Open Access
E-Resource Collections Workflow", steps 1-5.

Fix: add the missing keys from the committee minutes, or mark a collection that predates
the workflow ``legacy: true``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.domain.approval import under_workflow
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ210"
FIXED = False
NAME = "oa-approval-record"
TITLE = "Open-access collections carry their approval record"
SEVERITY = Severity.ERROR
SEED = "003 Shared Open Access E-Resource Collections Workflow, steps 1-5"
PARAMS: Mapping[str, Any] = {
    "required": ["decisions", "cz_record", "erc_approved", "apac_approved", "activated"],
    "allow_legacy": True,
}
PARAM_DOCS = {
    "required": "the keys an approval record must have",
    "allow_legacy": "accept `approval: {legacy: true}` for collections that predate the record",
}

_TEMPLATE = ("add `approval:` with decisions, cz_record, erc_approved, apac_approved and "
             "activated, or `approval: {legacy: true}` if it predates the workflow")


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in under_workflow(network):
        approval = collection.data.get("approval")
        if approval is None:
            yield Finding(collection.doc, ("name",), "open-access collection has no approval "
                          "record", _TEMPLATE, at_key=True, collection=collection.name)
            continue
        if approval.get("legacy") is True:
            if not params["allow_legacy"]:
                yield Finding(collection.doc, ("approval", "legacy"),
                              "legacy exemption from the approval record is not allowed "
                              "(policies/rules.yaml NZ210 allow_legacy: false)",
                              "record the approval steps instead", at_key=True,
                              collection=collection.name)
            continue
        missing = [key for key in params["required"] if key not in approval]
        if missing:
            yield Finding(collection.doc, ("approval",),
                          "approval record lacks " + ", ".join(f"`{k}`" for k in missing),
                          "take them from the committee minutes (seed 003 workflow)",
                          at_key=True, collection=collection.name)
