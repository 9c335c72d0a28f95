"""Imported usage figures match their reports.

Policy: the split of an invoice must be traceable to the reports it came from (issue 15).
`nzconfig usage import` writes each member's figure under `usage` and, under
`usage_imports`, the reports it summed with each report's part (`usage`), its file's
SHA-256, type, release, period and creation date. A figure that no longer equals the sum of
its reports' parts was edited after the import; a figure without a report was added by hand
to an imported year.

Failing example: `usage: {"2023": {AAA: 1200}}` where AAA's imported reports give 1000.

Passing: the figures as imported.

Fix: import the reports again rather than editing the figures (an import of the same files
changes no byte).
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

ID = catalog.USAGE_PROVENANCE
FIXED = False
NAME = "usage-provenance"
TITLE = "Imported usage figures match their reports"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return usage_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the usage problems this rule reports."""
    from nzconfig.domain.counter import problems as p

    match problem:
        case p.YearNotInUsage(fiscal_year=fy):
            return Finding(problem.doc, ("usage_imports", fy), f"the {fy} usage was imported "
                           f"but `usage` has no {fy}", "import the reports again", at_key=True)
        case p.FigureWithoutReport(fiscal_year=fy, member=member):
            return Finding(problem.doc, ("usage", fy, member), f"`{member}`'s {fy} usage was "
                           "not imported with the others: no report stands behind it",
                           "import its report, or remove the figure", member=member)
        case p.FigureEdited(fiscal_year=fy, member=member, figure=figure, expected=expected):
            return Finding(problem.doc, ("usage", fy, member), f"`{member}`'s {fy} usage is "
                           f"{figure}, but its imported reports give {expected}: edited after "
                           "the import?", "import the reports again rather than editing the "
                           "figures", member=member)
        case p.FigureMissing(fiscal_year=fy, member=member):
            return Finding(problem.doc, ("usage", fy), f"`{member}`'s {fy} usage was imported "
                           "but is missing from `usage`", "import the reports again",
                           at_key=True, member=member)
    raise TypeError(f"not an {ID} problem: {problem!r}")
