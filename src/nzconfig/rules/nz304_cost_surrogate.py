"""A first year's surrogate is another resource with usage and the same participating members.

Policy: "for the initial year when there is no usage history whatsoever, we need to find an
appropriate surrogate. This could be a similar resource package (e.g., ebooks to ebooks,
regardless of provider). We just need to be sure that the participating institutions match
up (e.g., an allocation split that excludes VIVA members cannot be used as a surrogate for a
new resource that includes VIVA members)." The `surrogate` of a cost year names another
file in ``costs/`` (without `.yaml`); its usage before the fiscal year is used, and its
participating members (those of its own most recent year at or before the fiscal year) must
be exactly the resource's: the message names the members that differ. A surrogate is for
the first year only: where the resource has usage of its own, naming one is an error too.
Seed: 003, "CCC Shared Cost Formula Philosophy", "Consumption".
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Failing example (older-package's 2023 participants are AAA and BBB only):

    # costs/new-package.yaml, with no usage yet
    years:
      "2024":
        members: [AAA, BBB, CCC]
        surrogate: older-package

Passing: older-package's latest year at or before 2024 has `members: [AAA, BBB, CCC]`, and
it has usage before 2024.

Fix: choose a surrogate with the same participants and usage history, or remove
`surrogate` once the resource has usage of its own.
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

ID = catalog.COST_SURROGATE
FIXED = False
NAME = "cost-surrogate"
TITLE = "A surrogate resource has usage and exactly the same participants"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return cost_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the problems the formula stopped at."""
    from nzconfig.domain.costs import problems as p
    from nzconfig.domain.costs.figures import span

    fy, doc, here = problem.fiscal_year, problem.doc, problem.year.path
    match problem:
        case p.SurrogateNotNeeded(own=own):
            return Finding(doc, (*here, "surrogate"), "a surrogate is for the first year "
                           f"only, but the resource has its own usage before {fy} "
                           f"({span(own)})", "remove `surrogate`: its own usage is used",
                           at_key=True)
        case p.SurrogateUnknown(others=others):
            name = problem.year.surrogate
            return Finding(doc, (*here, "surrogate"), f"surrogate `{name}` is not another "
                           f"resource in costs/ (no costs/{name}.yaml)",
                           f"resources: {', '.join(others) or 'none'}")
        case p.SurrogateWithoutUsage(surrogate=surrogate):
            return Finding(doc, (*here, "surrogate"), f"surrogate `{surrogate.id}` has no "
                           f"usage before {fy} of its own", "choose a surrogate with usage "
                           "history")
        case p.SurrogateWithoutYear(surrogate=surrogate):
            return Finding(doc, (*here, "surrogate"), f"surrogate `{surrogate.id}` has no "
                           f"fiscal year at or before {fy}: its participating members are "
                           "unknown")
        case p.SurrogateMembers(surrogate=surrogate, theirs=theirs):
            ours, their = set(problem.year.members), set(theirs.members)
            parts = []
            if ours - their:
                parts.append(f"only here: {', '.join(sorted(ours - their))}")
            if their - ours:
                parts.append(f"only in `{surrogate.id}`: {', '.join(sorted(their - ours))}")
            return Finding(doc, (*here, "surrogate"), f"surrogate `{surrogate.id}` "
                           f"({theirs.fiscal_year}) does not have the same participating "
                           f"members ({'; '.join(parts)})", "seed 003: the participating "
                           "institutions must match up; choose a surrogate with the same "
                           "members")
    raise TypeError(f"not an {ID} problem: {problem!r}")
