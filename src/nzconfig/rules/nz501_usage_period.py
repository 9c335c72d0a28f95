"""Imported usage covers every month of its fiscal year.

Policy: a member's usage for a fiscal year is the sum of its COUNTER counts for the
year's months (policies/usage.yaml `fiscal_year`); a report whose Reporting_Period covers
only part of the year would make the member look like a light user and shift the invoice to
the others. Seed: 003, "CCC Shared Cost Formula Philosophy", "Consumption" ("We need each
institution's usage figures").
`nzconfig usage import` refuses such a year (or two reports of one member covering the same
month: usage counted twice), at the report's Reporting_Period; this rule checks
`usage_imports` in costs/*.yaml: every member's reports cover the year, and the year's
months are still those of the policy.

Failing example (fiscal years start in July; the report covers the calendar year):

    usage_imports:
      "2024":
        months: 2023-07/2024-06
        reports:
        - {member: AAA, period: 2024-01-01/2024-12-31, ...}

Passing: two reports, 2023-01-01/2023-12-31 and 2024-01-01/2024-12-31, or one report
2023-07-01/2024-06-30.

Fix: import the member's reports for the missing months (`nzconfig usage import`).
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

ID = catalog.USAGE_PERIOD
FIXED = False
NAME = "usage-period"
TITLE = "Imported usage covers every month of its fiscal year"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}

POLICY = (
    ("policies/usage.yaml", "fiscal_year", "the months of a fiscal year (default: calendar "
     "years)"),
)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return usage_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the usage problems this rule reports."""
    from nzconfig.domain.counter import problems as p

    match problem:
        case p.OtherMonths(fiscal_year=fy, months=months, first_month=first, last_month=last):
            return Finding(problem.doc, ("usage_imports", fy, "months"), f"fiscal year {fy} is "
                           f"{months[0]} to {months[-1]} by policies/usage.yaml, but its usage "
                           f"was imported for {first} to {last}", "import the reports again")
        case p.MonthsMissing(fiscal_year=fy, member=member, index=index, missing=missing):
            return Finding(problem.doc, ("usage_imports", fy, "reports", index, "period"),
                           f"`{member}`'s reports do not cover {len(missing)} month"
                           f"{'s' if len(missing) > 1 else ''} of fiscal year {fy} "
                           f"(from {missing[0]})", "import reports for every month",
                           member=member)
    raise TypeError(f"not an {ID} problem: {problem!r}")
