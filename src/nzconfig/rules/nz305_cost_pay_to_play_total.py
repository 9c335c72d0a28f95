"""The participants' pay-to-play together is not more than the invoice.

Policy: "Once we have established how much of the total cost will be recouped through
pay-to-play, the remaining cost is allocated based on the percentage of total downloads".
When FTE times the multiplier comes to more than the invoice there is no remaining cost
and the contributions would add up to more than the invoice. Seed: 003, "CCC Shared Cost
Formula Philosophy", "Calculating Institution Contributions".
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Fix: lower the FTE multiplier (`years: <FY>: multiplier`, or policies/costs.yaml
`multiplier`), or correct the invoice total.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core import catalog
from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding
from nzconfig.rules.cost_findings import cost_findings

ID = catalog.COST_OVER_INVOICE
FIXED = False
NAME = "cost-pay-to-play-total"
TITLE = "Pay-to-play does not exceed the invoice"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Calculating Institution Contributions"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return cost_findings(network, ID)
