"""Imported reports' other COUNTER exceptions are looked at.

Policy: any other exception in a report's header (Code of Practice, Appendix D: 3030 No
Usage Available, 3050 Parameter Not Recognized, 3060 Invalid ReportFilter Value, 3062
Invalid ReportAttribute Value, a provider's own 1-999) means the report may not be the
usage that was asked for: a warning, recorded in `usage_imports` with the report.
Code 0 (information) is not reported.

Failing example: `exceptions: ["3060: Invalid ReportFilter Value (Platform)"]`.

Passing: no exceptions.

Fix: check the report; harvest it again with supported filters, or waive the finding with
the reason (policies/waivers.yaml).
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

ID = catalog.USAGE_EXCEPTION
FIXED = False
NAME = "usage-exception"
TITLE = "Imported reports' other COUNTER exceptions are looked at"
SEVERITY = Severity.WARNING
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return usage_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the usage problems this rule reports."""
    from nzconfig.domain.counter import problems as p

    match problem:
        case p.OtherException(fiscal_year=fy, report=report, exception=text):
            return Finding(problem.doc, ("usage_imports", fy, "reports", report.index,
                                         "exceptions"), f"the report has COUNTER exception "
                           f"{text}", "check the report is the usage asked for; waive the "
                           "finding if it is", member=report.member)
    raise TypeError(f"not an {ID} problem: {problem!r}")
