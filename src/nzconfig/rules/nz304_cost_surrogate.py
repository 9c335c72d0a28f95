"""A first year's surrogate is another resource with usage and the same participating members.

Policy: "for the initial year when there is no usage history whatsoever, we need to find an
appropriate surrogate. This could be a similar resource package (e.g., ebooks to ebooks,
regardless of provider). We just need to be sure that the participating institutions match
up (e.g., an allocation split that excludes VIVA members cannot be used as a surrogate for a
new resource that includes VIVA members)." The `surrogate` of a cost year names another
file in ``costs/`` (without `.yaml`); its usage before the fiscal year is used, and its
participating members (those of its own most recent year at or before the fiscal year) must
be exactly the resource's: the message names the members that differ. A surrogate is for
the first year only: where the resource has usage of its own, naming one is an error too.
Seed: 003, "CCC Shared Cost Formula Philosophy", "Consumption".
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Fix: choose a surrogate with the same participants and usage history, or remove
`surrogate` once the resource has usage of its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core import catalog
from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding
from nzconfig.rules.cost_findings import cost_findings

ID = catalog.COST_SURROGATE
FIXED = False
NAME = "cost-surrogate"
TITLE = "A surrogate resource has usage and exactly the same participants"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return cost_findings(network, ID)
