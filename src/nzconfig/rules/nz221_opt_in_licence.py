"""A collection under the NZ Opt-in model has a negotiated licence from a licensor.

Policy: under NZ Opt-in the central office negotiates and each library orders and pays in
its IZ; "Negotiated licenses are also required in the NZ to track costs of e-collections
for each subscribed library in NZ Opt-in" and the NZ holds "vendors (licensors) for NZ
Opt-in". A collection with ``acquisition_model: nz_opt_in`` names its ``licence``; the
licence's ``licensor`` is a vendor marked ``licensor: true``. (Rule NZ218 checks that the
codes exist.) Seed: 004, "Best practice recommendations", NZ Opt-in.

Fix: add ``licence:`` naming the file in licences/; mark the licensor's vendor record
``licensor: true``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ221"
FIXED = False
NAME = "opt-in-licence"
TITLE = "NZ Opt-in collections have a negotiated licence from a licensor"
SEVERITY = Severity.ERROR
SEED = "004 Best practice recommendations, NZ Opt-in"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    checked: set[str] = set()
    for collection in network.collections:
        if collection.data.get("acquisition_model") != "nz_opt_in":
            continue
        code = collection.data.get("licence")
        if code is None:
            yield Finding(collection.doc, ("acquisition_model",),
                          "an NZ Opt-in collection needs its negotiated `licence`",
                          "add `licence:` with the code of its file in licences/",
                          collection=collection.name)
            continue
        licence = network.licences.get(code)
        if licence is None or code in checked:
            continue
        checked.add(code)
        vendor = network.vendors.get(str(licence.data.get("licensor")))
        if vendor is not None and vendor.data.get("licensor") is not True:
            yield Finding(licence.doc, ("licensor",),
                          f"`{vendor.code}` licenses an NZ Opt-in collection but its vendor "
                          "record is not marked as a licensor",
                          f"add `licensor: true` to {vendor.doc.file}")
