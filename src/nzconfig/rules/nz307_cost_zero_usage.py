"""The participants' total usage is more than zero.

Policy: the remaining cost is divided "by usage percentages (% of downloads x $86,000.00)":
each member's share of the participants' total usage. With a total of zero there is no
percentage to divide by. Seed: 003, "CCC Shared Cost Formula Philosophy", "Consumption".
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Fix: check the usage figures (a whole year of zeros is usually a failed export); for a
resource with no real usage yet, name a `surrogate` for the first year.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core import catalog
from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding
from nzconfig.rules.cost_findings import cost_findings

ID = catalog.COST_ZERO_USAGE
FIXED = False
NAME = "cost-zero-usage"
TITLE = "The participants' total usage is not zero"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return cost_findings(network, ID)
