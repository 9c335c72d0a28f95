"""The usage that divides the invoice covers every participant.

Policy: "the remaining cost is allocated based on the percentage of total downloads". Usage
is the resource's own (the `usage` of its cost file), averaged over up to the `usage_years`
most recent fiscal years before the invoiced one ("we can use the average of fewer than
three years, if necessary"); "for the initial year when there is no usage history
whatsoever", a surrogate resource's (rule NZ304). It is an error when there is neither, and
when a year used has no figure for a participant: a missing figure is not a zero. Usage of
members that no longer take part is ignored. Seed: 003, "CCC Shared Cost Formula
Philosophy", "Consumption".
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Fix: give every participant's usage for each year (0 where it had none), or name a
`surrogate` for the first year.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core import catalog
from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding
from nzconfig.rules.cost_findings import cost_findings

ID = catalog.COST_USAGE
FIXED = False
NAME = "cost-usage"
TITLE = "Usage history covers every participant, or a surrogate stands in"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}

POLICY = (
    ("policies/costs.yaml", "usage_years", "how many most recent usage years are averaged "
     "(default 3)"),
)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return cost_findings(network, ID)
