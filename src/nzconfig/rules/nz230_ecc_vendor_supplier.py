"""An NZ ECC collection's vendor is a material supplier.

Policy: "The NZ instance must be populated with vendors (material providers and licensors)
and funds for NZ ECC": the central office orders an ECC collection from its ``vendor``,
and Alma places orders only with a vendor that has the material supplier role. So the
vendor record an NZ ECC collection names has ``material_supplier: true``; the parameter
``roles`` lists the roles required (add ``licensor`` to require that role too). NZ Opt-in
needs only licensors (rule NZ221). Seed: 004, "Best practice recommendations".

Failing example: ``vendor: ACME`` on an NZ ECC collection, with vendors/ACME.yaml
holding ``licensor: true`` only. Passing: vendors/ACME.yaml adds
``material_supplier: true``.

Fix: give the vendor record the role in Alma and record it (``material_supplier: true``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ230"
FIXED = False
NAME = "ecc-vendor-supplier"
TITLE = "NZ ECC collections are ordered from a material supplier"
SEVERITY = Severity.ERROR
SEED = "004 Best practice recommendations, NZ ECC"
PARAMS: Mapping[str, Any] = {"roles": ["material_supplier"]}
PARAM_DOCS = {"roles": "the vendor roles an NZ ECC collection's vendor must have"}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    reported: set[str] = set()
    for collection in network.collections:
        if collection.data.get("acquisition_model") != "nz_ecc":
            continue
        vendor = network.vendors.get(str(collection.data.get("vendor")))
        if vendor is None or vendor.code in reported:
            continue  # none named (NZ220), unknown (NZ218), or already reported
        missing = [role for role in params["roles"] if vendor.data.get(role) is not True]
        if missing:
            reported.add(vendor.code)
            yield Finding(collection.doc, ("vendor",),
                          f"NZ ECC collections are ordered from `{vendor.code}`, but its "
                          "vendor record lacks the role " + ", ".join(missing),
                          f"add `{missing[0]}: true` to {vendor.doc.file} (and the role in "
                          "Alma)", collection=collection.name)
