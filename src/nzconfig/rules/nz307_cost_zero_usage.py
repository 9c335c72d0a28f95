"""The participants' total usage is more than zero.

Policy: the remaining cost is divided "by usage percentages (% of downloads x $86,000.00)":
each member's share of the participants' total usage. With a total of zero there is no
percentage to divide by. Seed: 003, "CCC Shared Cost Formula Philosophy", "Consumption".
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Failing example:

    usage:
      "2023": {AAA: 0, BBB: 0, CCC: 0}

Passing: any participant's usage, e.g. `"2023": {AAA: 0, BBB: 5, CCC: 0}`.

Fix: check the usage figures (a whole year of zeros is usually a failed export); for a
resource with no real usage yet, name a `surrogate` for the first year.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from nzconfig.core import catalog
from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding
from nzconfig.rules.shared import cost_findings

if TYPE_CHECKING:
    from nzconfig.domain.costs.problems import Problem

ID = catalog.COST_ZERO_USAGE
FIXED = False
NAME = "cost-zero-usage"
TITLE = "The participants' total usage is not zero"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return cost_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the problems the formula stopped at."""
    from nzconfig.domain.costs import problems as p
    from nzconfig.domain.costs.figures import span

    doc, here = problem.doc, problem.year.path
    match problem:
        case p.ZeroUsage(source=source, usage_years=years):
            label = source.usage_metric if source is problem.resource else (
                f"{source.usage_metric} of surrogate `{source.id}`")
            return Finding(doc, here, f"the participants' total usage ({label}, "
                           f"{span(years)}) is zero: the rest of the invoice cannot be "
                           "divided by share of usage", "check the usage figures; with no "
                           "usage at all, name a surrogate resource for the first year",
                           at_key=True)
    raise TypeError(f"not an {ID} problem: {problem!r}")
