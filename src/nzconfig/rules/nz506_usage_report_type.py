"""Usage comes from a supported COUNTER release and report.

Policy: nzconfig reads COUNTER Release 5 (`5`) and 5.1 (`5.1`) Title, Database and
Platform Reports and their Standard Views (TR, TR_B1-B3, TR_J1-J4, DR, DR_D1, DR_D2, PR,
PR_P1), which carry a resource's usage. Item Reports and R4 reports (JR1, BR2, ...) are
refused at their Report_ID or Release by `nzconfig usage import`, as is a Standard View
that does not count the resource's metric (a TR_J1 for Unique_Title_Requests); this rule
checks the `report` and `release` recorded in `usage_imports`.

Failing example: `report: BR2` or `release: "4"` in `usage_imports`.

Passing: `report: TR_B1`, `release: "5.1"`.

Fix: import an R5 or R5.1 Title, Database or Platform Report.
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

ID = catalog.USAGE_REPORT_TYPE
FIXED = False
NAME = "usage-report-type"
TITLE = "Usage comes from a supported COUNTER release and report"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return usage_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the usage problems this rule reports."""
    from nzconfig.domain.counter import problems as p
    from nzconfig.domain.counter.vocabulary import FAMILIES

    match problem:
        case p.UnsupportedReport(fiscal_year=fy, report=report):
            return Finding(problem.doc, ("usage_imports", fy, "reports", report.index,
                                         "report"), f"`{report.report}` is not a report "
                           "nzconfig reads usage from", "supported: " + ", ".join(FAMILIES),
                           member=report.member)
        case p.UnsupportedRelease(fiscal_year=fy, report=report):
            return Finding(problem.doc, ("usage_imports", fy, "reports", report.index,
                                         "release"), f"COUNTER release `{report.release}` "
                           "is not supported", "R5 (`5`) and R5.1 (`5.1`) are",
                           member=report.member)
    raise TypeError(f"not an {ID} problem: {problem!r}")
