"""Each cost year's invoice is in whole cents, and each year has an FTE multiplier.

Policy: "Total resource cost for all participants is $100,000.00. This is what is on the
invoice. Each institution contributes $0.35 for each potential user." The contributions add
up exactly to the invoice, to the cent, so the invoice must be an amount in cents; the FTE
multiplier is the year's `multiplier`, or policies/costs.yaml `multiplier` when the year
gives none. Seed: 003, "CCC Shared Cost Formula Philosophy", "A Fictitious Example".
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Failing example (and no `multiplier` in policies/costs.yaml):

    years:
      "2024":
        invoice: "1000.005"
        members: [AAA, BBB]

Passing: `invoice: "1000.00"` and `multiplier: "0.10"` (or a `multiplier` in
policies/costs.yaml).

Fix: write the invoice total as on the invoice (e.g. `"100000.00"`); give the year a
`multiplier`, or set a default in policies/costs.yaml.
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

ID = catalog.COST_AMOUNTS
FIXED = False
NAME = "cost-amounts"
TITLE = "Invoices are in whole cents and every year has an FTE multiplier"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; A Fictitious Example"
PARAMS: Mapping[str, Any] = {}

POLICY = (
    ("policies/costs.yaml", "multiplier", "the FTE multiplier of a year that gives none"),
)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return cost_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the problems the formula stopped at."""
    from nzconfig.domain.costs import problems as p

    fy, doc, here = problem.fiscal_year, problem.doc, problem.year.path
    match problem:
        case p.InvoiceNotInCents():
            return Finding(doc, (*here, "invoice"), f"the {fy} invoice is not in whole cents "
                           f"of {problem.resource.currency}", "give the invoice total as on "
                           "the invoice, e.g. \"100000.00\"")
        case p.NoMultiplier():
            return Finding(doc, here, f"no FTE multiplier for {fy}", "give `multiplier` (what "
                           "each member pays per potential user) for the year, or a default "
                           "`multiplier` in policies/costs.yaml", at_key=True)
    raise TypeError(f"not an {ID} problem: {problem!r}")
