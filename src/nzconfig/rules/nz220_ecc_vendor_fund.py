"""A collection under the NZ ECC model has a network-level vendor and fund.

Policy: under NZ ECC (Electronic Core Collection) the central office orders and pays for
the collection in the Network Zone, so "The NZ instance must be populated with vendors
(material providers and licensors) and funds for NZ ECC". A collection with
``acquisition_model: nz_ecc`` names its ``vendor`` and ``fund`` (rule NZ218 checks they
exist). Complementary and open-access collections are also in NZ ECC but nothing is paid:
the parameter ``access_types`` (default: subscription) says which collections need them.
Seed: 004, "Best practice recommendations", NZ ECC.

Fix: add ``vendor:`` and ``fund:`` with the codes of the records in vendors/ and funds/.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ220"
FIXED = False
NAME = "ecc-vendor-fund"
TITLE = "NZ ECC collections name a network vendor and fund"
SEVERITY = Severity.ERROR
SEED = "004 Best practice recommendations, NZ ECC"
PARAMS: Mapping[str, Any] = {"access_types": ["subscription"]}
PARAM_DOCS = {"access_types": "the access types whose NZ ECC collections need vendor and fund"}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in network.collections:
        if collection.data.get("acquisition_model") != "nz_ecc":
            continue
        if collection.access_type not in params["access_types"]:
            continue
        missing = [key for key in ("vendor", "fund") if key not in collection.data]
        if missing:
            yield Finding(collection.doc, ("acquisition_model",),
                          "an NZ ECC collection needs a network-level "
                          + " and ".join(f"`{k}`" for k in missing),
                          "name the records in vendors/ and funds/ it is ordered from and "
                          "paid by", collection=collection.name)
