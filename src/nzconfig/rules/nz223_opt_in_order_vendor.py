"""NZ Opt-in members order from the central office as vendor.

Policy: "Libraries will need to create a vendor for the Chancellor's Office (vendor=SDLC/CO)
in the IZ for the Opt-in e-collections. The library will use the CO as a vendor to order
and pay for the Opt-in resource". The central office's vendor code is
policies/acquisitions.yaml ``central_office_vendor``; a negotiation entry's
``order_vendor`` (optional; it defaults to the central office) must be that code. A member
that orders from anyone else did not acquire through the network: list it in the
collection's ``local_acquisitions`` instead. Without ``central_office_vendor`` the rule does
not run. Seed: 004, "Best practice recommendations", NZ Opt-in.

Fix: set ``order_vendor`` to the central office vendor, or drop it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ223"
FIXED = False
NAME = "opt-in-order-vendor"
TITLE = "NZ Opt-in members order from the central office"
SEVERITY = Severity.ERROR
SEED = "004 Best practice recommendations, NZ Opt-in"
PARAMS: Mapping[str, Any] = {}
POLICY = (("policies/acquisitions.yaml", "central_office_vendor",
           "the IZ vendor code of the central office"),)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    central = network.policy("acquisitions").get("central_office_vendor")
    if central is None:
        return
    opt_in = {str(c.data.get("licence")) for c in network.collections
              if c.data.get("acquisition_model") == "nz_opt_in"}
    for code in sorted(opt_in):
        licence = network.licences.get(code)
        if licence is None:
            continue
        for member, details in (licence.data.get("negotiation") or {}).items():
            vendor = (details or {}).get("order_vendor")
            if vendor is not None and vendor != central:
                yield Finding(licence.doc, ("negotiation", member, "order_vendor"),
                              f"`{member}` orders from `{vendor}`; NZ Opt-in members order "
                              f"from the central office (`{central}`)",
                              "set it to the central office vendor, or list the member in "
                              "the collection's local_acquisitions", member=member)
