"""Every participant's usage was imported from a report.

Policy: the invoice is divided by each participant's share of the total usage (seed 003,
"Consumption"); a participant whose report is missing has no imported figure, and rule
NZ303 stops the computation until it has one. The participants of a usage year are the
members of the first invoiced year after it (the first invoice it divides), else of the
latest invoiced year.

Failing example: `members: [AAA, BBB, CCC]` for 2025, and `usage_imports: "2024"` with
reports of AAA and BBB only.

Passing: a report for each of AAA, BBB and CCC.

Fix: import the member's report (its provider's admin site or SUSHI) with the others.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from nzconfig.core import catalog
from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding
from nzconfig.rules.shared import usage_findings

if TYPE_CHECKING:
    from nzconfig.domain.counter.problems import Problem

ID = catalog.USAGE_NO_REPORT
FIXED = False
NAME = "usage-member-report"
TITLE = "Every participant's usage was imported from a report"
SEVERITY = Severity.WARNING
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return usage_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the usage problems this rule reports."""
    from nzconfig.domain.counter import problems as p

    match problem:
        case p.NoReport(fiscal_year=fy, member=member):
            return Finding(problem.doc, ("usage_imports", fy), f"`{member}` takes part but no "
                           f"report of its {fy} usage was imported",
                           "import the member's report", at_key=True, member=member)
    raise TypeError(f"not an {ID} problem: {problem!r}")
