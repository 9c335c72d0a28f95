"""Every NZ Opt-in order the central office must find has its POL or PO number.

Policy: "To locate the acquisition data in NZ Opt-in, a central office user will need the
POL or PO number to locate the acquisitions information for that Opt-in or Upgrade
e-collection." So every ``negotiation`` entry of a licence used by an NZ Opt-in collection
gives ``po_line`` or ``po_number``. Seed: 004, "Best practice recommendations", NZ Opt-in.

Failing example::

    negotiation:
      CAMPUSA: {price: 4200.00, currency: USD}

Passing: ``CAMPUSA: {price: 4200.00, currency: USD, po_line: POL-0001}``.

Fix: ask the member for the PO line (or PO) number of its order in its IZ and record it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ235"
FIXED = False
NAME = "opt-in-po-reference"
TITLE = "NZ Opt-in negotiation details give the member's POL or PO number"
SEVERITY = Severity.ERROR
SEED = "004 Best practice recommendations, NZ Opt-in"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    codes = sorted({str(c.data.get("licence")) for c in network.collections
                    if c.data.get("acquisition_model") == "nz_opt_in"})
    for code in codes:
        licence = network.licences.get(code)
        if licence is None:
            continue
        for member, entry in (licence.data.get("negotiation") or {}).items():
            if not any(key in (entry or {}) for key in ("po_line", "po_number")):
                yield Finding(licence.doc, ("negotiation", member),
                              f"`{member}` has no `po_line` or `po_number`: the central "
                              "office cannot find its order", "add the POL (or PO) number "
                              "of the member's order in its IZ", at_key=True, member=member)
