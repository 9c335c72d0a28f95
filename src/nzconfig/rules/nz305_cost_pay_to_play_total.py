"""The participants' pay-to-play together is not more than the invoice.

Policy: "Once we have established how much of the total cost will be recouped through
pay-to-play, the remaining cost is allocated based on the percentage of total downloads".
When FTE times the multiplier comes to more than the invoice there is no remaining cost
and the contributions would add up to more than the invoice. Seed: 003, "CCC Shared Cost
Formula Philosophy", "Calculating Institution Contributions".
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Failing example (AAA, BBB and CCC have 100 FTE each: 300 x 5.00 = 1,500.00):

    years:
      "2024":
        invoice: "1000.00"
        multiplier: "5"
        members: [AAA, BBB, CCC]

Passing: `multiplier: "0.10"` (30.00 of pay-to-play; 970.00 shared by usage).

Fix: lower the FTE multiplier (`years: <FY>: multiplier`, or policies/costs.yaml
`multiplier`), or correct the invoice total.
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

ID = catalog.COST_OVER_INVOICE
FIXED = False
NAME = "cost-pay-to-play-total"
TITLE = "Pay-to-play does not exceed the invoice"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Calculating Institution Contributions"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return cost_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the problems the formula stopped at."""
    from nzconfig.domain.costs import problems as p
    from nzconfig.domain.costs.figures import money, number, rate
    from nzconfig.domain.costs.rounding import cents

    fy, doc, here = problem.fiscal_year, problem.doc, problem.year.path
    match problem:
        case p.OverInvoice(fte=fte, multiplier=multiplier, pay_to_play=pay):
            year = problem.year
            where = "multiplier" if year.multiplier is not None else "invoice"
            return Finding(doc, (*here, where), f"pay-to-play (FTE {number(fte)} x "
                           f"{rate(multiplier)} per FTE) comes to {money(cents(pay))}, more "
                           f"than the {fy} invoice of {money(cents(year.invoice))}",
                           "lower the FTE multiplier: pay-to-play is the ante, the rest is "
                           "shared by usage")
    raise TypeError(f"not an {ID} problem: {problem!r}")
