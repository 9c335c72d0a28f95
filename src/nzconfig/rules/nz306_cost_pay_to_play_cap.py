"""No member's pay-to-play reaches the policy's cap of its total contribution.

Policy: "The percentage of total cost charged to pay-to-play should not be excessive (e.g.,
no institution should be paying 90% of its total share just for the privilege of offering a
resource to its potential users)." A member whose pay-to-play is the cap or more,
`pay_to_play_cap` (a fraction; default 0.9) of its total contribution, gets a warning at its
entry in the cost year's members. Seed: 003, "CCC Shared Cost Formula Philosophy",
"Calculating Institution Contributions".
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Fix: a lower FTE multiplier shifts the cost towards usage; or, where the committee accepts
the split, waive the finding in policies/waivers.yaml (by `member` and `file`) with its
reason.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core import catalog
from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding
from nzconfig.rules.cost_findings import cost_findings

ID = catalog.COST_CAP
FIXED = False
NAME = "cost-pay-to-play-cap"
TITLE = "No member pays the cap of its share or more as pay-to-play"
SEVERITY = Severity.WARNING
SEED = "003 CCC Shared Cost Formula Philosophy; Calculating Institution Contributions"
PARAMS: Mapping[str, Any] = {}

POLICY = (
    ("policies/costs.yaml", "pay_to_play_cap", "the largest share of a member's total that "
     "pay-to-play may be (default 0.9)"),
)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return cost_findings(network, ID)
