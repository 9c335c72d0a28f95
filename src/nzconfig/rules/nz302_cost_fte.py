"""Every participant has FTE figures for the fiscal year or an earlier one.

Policy: "All institutions pay the same amount for each potential user. The potential users
figure comes from institutional FTE. ... we use an average of the most recent three years".
Pay-to-play is the average of the member's most recent `fte_years` FTE figures (in its
institution file, `fte`, by fiscal year) at or before the invoiced fiscal year, fewer where
fewer exist, times the FTE multiplier ("we recalculate the average FTE at each new
contract": a later year of a contract may give `fte_as_of: <the contract's first year>`,
which must not be later than the year itself). With no figure at all the member's
pay-to-play cannot be computed. Seed: 003, "CCC Shared Cost Formula Philosophy", "Pay-to-Play".
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Failing example (the fiscal year is 2024; BBB's only FTE figure is of 2025):

    # institutions/BBB.yaml
    fte: {"2025": 3000}

Passing: `fte: {"2023": 2900, "2024": 3000}` (averaged: 2,950). Failing too: a 2024 year
with `fte_as_of: "2025"`.

Fix: add the member's FTE to its institution file, e.g. `fte: {"2024": 3000}`.
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

ID = catalog.COST_FTE
FIXED = False
NAME = "cost-fte"
TITLE = "Every cost participant has FTE for the fiscal year or earlier"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Pay-to-Play"
PARAMS: Mapping[str, Any] = {}

POLICY = (
    ("policies/costs.yaml", "fte_years", "how many most recent FTE years are averaged (default 3)"),
)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return cost_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the problems the formula stopped at."""
    from nzconfig.domain.costs import problems as p

    fy, doc, here = problem.fiscal_year, problem.doc, problem.year.path
    match problem:
        case p.FteAsOfLater():
            return Finding(doc, (*here, "fte_as_of"), f"FTE as of {problem.year.fte_as_of} is "
                           f"later than the fiscal year {fy}", "give the contract's first "
                           f"fiscal year, at or before {fy}")
        case p.NoFte(index=index, code=code, as_of=as_of):
            return Finding(doc, (*here, "members", index), f"`{code}` has no FTE for {as_of} "
                           "or earlier: its pay-to-play cannot be computed",
                           f"add `fte: {{\"{as_of}\": ...}}` to institutions/{code}.yaml",
                           member=code)
    raise TypeError(f"not an {ID} problem: {problem!r}")
