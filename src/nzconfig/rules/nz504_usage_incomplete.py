"""No imported report says its usage is incomplete.

Policy: a COUNTER report's header lists exceptions where the usage differs from what was
asked (Code of Practice, Appendix D, Table D.1). Three say usage is missing: 3031 (Usage
Not Ready for Requested Dates), 3032 (Usage No Longer Available for Requested Dates) and
3040 (Partial Data Returned). A share of the invoice computed from such a report would be
too low. `nzconfig usage import` refuses the report; this rule checks `usage_imports`.

Failing example: `exceptions: ["3031: Usage Not Ready for Requested Dates (...)"]` in a
report of `usage_imports`.

Passing: no exceptions, or only those of NZ505.

Fix: harvest the report again once the provider has all the usage.
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

ID = catalog.USAGE_INCOMPLETE_USAGE
FIXED = False
NAME = "usage-incomplete"
TITLE = "No imported report says its usage is incomplete"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return usage_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the usage problems this rule reports."""
    from nzconfig.domain.counter import problems as p

    match problem:
        case p.IncompleteUsage(fiscal_year=fy, report=report, exception=text):
            return Finding(problem.doc, ("usage_imports", fy, "reports", report.index,
                                         "exceptions"), f"the report's COUNTER exception "
                           f"{text}: its usage is incomplete", "import the report again once "
                           "the provider has all the usage", member=report.member)
    raise TypeError(f"not an {ID} problem: {problem!r}")
