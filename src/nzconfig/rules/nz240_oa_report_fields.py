"""An open-access approval record gives the resource's URL and brief description.

Policy: the workflow's reports name what is approved: CCC's report to APAC "should include
resource name, URL, brief description, and decisions of all WRLC members" (step 1) and the
NZ Manager's report to ERC "resource name, URL, brief description, participating
libraries, CZ record number" (step 3). The name, decisions, participants and CZ record are
checked by NZ210-NZ212; this rule asks for the keys the parameter ``required`` names
(default ``url`` and ``description``) in every approval record that is not legacy::

    approval:
      url: https://www.doaj.org/
      description: Directory of peer-reviewed open-access journals
      ...

The URL is shared data, so rule NZ214 checks it is generic. Seed: 003, "Shared Open Access
E-Resource Collections Workflow", steps 1 and 3.

Fix: copy the URL and the brief description from the committee report.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.domain.approval import record, under_workflow
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ240"
FIXED = False
NAME = "oa-report-fields"
TITLE = "Open-access approval records give the resource's URL and brief description"
SEVERITY = Severity.ERROR
SEED = "003 Shared Open Access E-Resource Collections Workflow, steps 1 and 3"
PARAMS: Mapping[str, Any] = {"required": ["url", "description"]}
PARAM_DOCS = {"required": "the report fields every approval record gives"}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in under_workflow(network):
        approval = record(collection)
        if approval is None:
            continue
        missing = [key for key in params["required"] if key not in approval]
        if missing:
            yield Finding(collection.doc, ("approval",),
                          "approval record lacks " + " and ".join(f"`{k}`" for k in missing)
                          + " for the committee reports",
                          "copy them from the report to APAC or ERC (seed 003 workflow, "
                          "steps 1 and 3)", at_key=True, collection=collection.name)
