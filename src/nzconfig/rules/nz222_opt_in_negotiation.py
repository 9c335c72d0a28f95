"""Every subscribing member of an NZ Opt-in collection has negotiation details.

Policy: "License terms and negotiated details are available to the subscribed library"
and "Libraries will be able to see the license terms and the cost for each Opt-in resource
under Negotiation Details". So the collection's licence has, under ``negotiation``, an
entry for every member in ``members``, except the members listed in
``local_acquisitions``: those share the collection but did not negotiate it through the
central office (the seed's "acquisitions exception", e.g. HeinOnline shared by three
libraries of which two negotiated via SDLC) and attach their own POLs to a
provider-neutral record. A code in ``local_acquisitions`` must be a member of the
collection. Seed: 004, "NZ Opt-in", "Licences", "Libraries that purchased or locally
negotiated an ECC or Opt-in Resource".

Fix: add the member's negotiation details (price, currency, PO line) to the licence, or,
if it acquired the resource itself, list it in ``local_acquisitions``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ222"
FIXED = False
NAME = "opt-in-negotiation"
TITLE = "NZ Opt-in subscribers have negotiation details in the licence"
SEVERITY = Severity.ERROR
SEED = "004 NZ Opt-in; Licences; acquisitions exception"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in network.collections:
        if collection.data.get("acquisition_model") != "nz_opt_in":
            continue
        local = list(collection.data.get("local_acquisitions") or [])
        for index, code in enumerate(local):
            if code not in collection.members:
                yield Finding(collection.doc, ("local_acquisitions", index),
                              f"`{code}` is in local_acquisitions but not in members",
                              "add it to members, or remove it here",
                              collection=collection.name, member=code)
        licence = network.licences.get(str(collection.data.get("licence")))
        if licence is None:
            continue  # NZ221 / NZ218 report it
        negotiated = licence.data.get("negotiation") or {}
        for index, code in enumerate(collection.members):
            if code in local or code in negotiated or collection.members.index(code) != index:
                continue
            yield Finding(collection.doc, ("members", index),
                          f"`{code}` subscribes but {licence.doc.file} has no negotiation "
                          "details for it",
                          f"add `{code}:` under `negotiation` in {licence.doc.file}, or list "
                          f"`{code}` in local_acquisitions", collection=collection.name,
                          member=code)
