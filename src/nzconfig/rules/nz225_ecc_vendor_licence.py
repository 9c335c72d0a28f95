"""NZ ECC collections from one vendor with several resources have a licence.

Policy: "Negotiated licenses are also required in the NZ to track costs ... for one vendor
with multiple databases in NZ ECC" (NZ ECC scenario 2: one vendor, several e-resources in
the subscription). When two or more NZ ECC collections name the same ``vendor``, each
names its ``licence``. Seed: 004, "Best practice recommendations" and "Procedures for NZ
ECC e-Resources Scenario #2".

Fix: add ``licence:`` with the code of the negotiated licence in licences/.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Collection, Network
from nzconfig.rules.base import Finding

ID = "NZ225"
FIXED = False
NAME = "ecc-vendor-licence"
TITLE = "NZ ECC collections sharing a vendor have a licence"
SEVERITY = Severity.ERROR
SEED = "004 NZ ECC Scenario #2"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    by_vendor: dict[str, list[Collection]] = {}
    for collection in network.collections:
        vendor = collection.data.get("vendor")
        if collection.data.get("acquisition_model") == "nz_ecc" and isinstance(vendor, str):
            by_vendor.setdefault(vendor, []).append(collection)
    for vendor, collections in sorted(by_vendor.items()):
        if len(collections) < 2:
            continue
        for collection in collections:
            if "licence" not in collection.data:
                yield Finding(collection.doc, ("vendor",),
                              f"`{vendor}` supplies {len(collections)} NZ ECC collections; "
                              "each needs its negotiated `licence`",
                              "add `licence:` with the code of its file in licences/",
                              collection=collection.name)
