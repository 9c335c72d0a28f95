"""A member that acquires an NZ Opt-in collection locally has no NZ negotiation details.

Policy: a library "sharing a resource in the NZ but did not negotiate for that resource
with SDLC" attaches its own POL to a provider-neutral record; "Only those 2 libraries [that
negotiated via SDLC] can order the e-collection from the NZ". So a member listed in a
collection's ``local_acquisitions`` has no entry under the licence's ``negotiation``: it
either negotiated through the central office (remove it from ``local_acquisitions``) or it
did not (remove its negotiation details). Seed: 004, "Libraries that purchased or locally
negotiated an ECC or Opt-in Resource" (EBSCO Art Full Text: 8 sharing, 2 negotiated).

Failing example (licences/HEIN.yaml has ``negotiation: {CAMPUSD: {price: 10}}``)::

    licence: HEIN
    members: [CAMPUSA, CAMPUSD]
    local_acquisitions: [CAMPUSD]

Passing: the same without CAMPUSD's negotiation details.

Fix: keep the member in one place only: ``local_acquisitions`` or the licence's
``negotiation``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ229"
FIXED = False
NAME = "local-acquisitions-negotiated"
TITLE = "Members acquiring locally have no NZ negotiation details"
SEVERITY = Severity.ERROR
SEED = "004 Libraries that purchased or locally negotiated an ECC or Opt-in Resource"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in network.collections:
        local = collection.data.get("local_acquisitions") or []
        licence = network.licences.get(str(collection.data.get("licence")))
        if not local or licence is None:
            continue
        negotiated = licence.data.get("negotiation") or {}
        for index, code in enumerate(local):
            if code in negotiated:
                yield Finding(collection.doc, ("local_acquisitions", index),
                              f"`{code}` acquires the collection locally, yet "
                              f"{licence.doc.file} has NZ negotiation details for it",
                              f"remove `{code}` from local_acquisitions if it negotiated "
                              f"through the central office, else remove its negotiation "
                              f"details from {licence.doc.file}",
                              collection=collection.name, member=code)
