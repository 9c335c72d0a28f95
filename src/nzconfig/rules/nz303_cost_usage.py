"""The usage that divides the invoice covers every participant.

Policy: "the remaining cost is allocated based on the percentage of total downloads". Usage
is the resource's own (the `usage` of its cost file), averaged over up to the `usage_years`
most recent fiscal years before the invoiced one ("we can use the average of fewer than
three years, if necessary"); "for the initial year when there is no usage history
whatsoever", a surrogate resource's (rule NZ304). It is an error when there is neither, and
when a year used has no figure for a participant: a missing figure is not a zero. Usage of
members that no longer take part is ignored. Seed: 003, "CCC Shared Cost Formula
Philosophy", "Consumption".
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Failing example (CCC takes part in 2024, but 2023 has no figure for it):

    years:
      "2024":
        members: [AAA, BBB, CCC]
    usage:
      "2023": {AAA: 10, BBB: 10}

Passing: `"2023": {AAA: 10, BBB: 10, CCC: 0}`. Failing too: a figure for `ZZZ`, which is
no institution.

Fix: give every participant's usage for each year (0 where it had none), or name a
`surrogate` for the first year.
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

ID = catalog.COST_USAGE
FIXED = False
NAME = "cost-usage"
TITLE = "Usage history covers every participant, or a surrogate stands in"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}

POLICY = (
    ("policies/costs.yaml", "usage_years", "how many most recent usage years are averaged "
     "(default 3)"),
)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return cost_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the problems the formula stopped at."""
    from nzconfig.domain.costs import problems as p

    fy, doc, here = problem.fiscal_year, problem.doc, problem.year.path
    match problem:
        case p.NoUsage():
            return Finding(doc, here, f"no usage before {fy} and no surrogate: the invoice "
                           "cannot be divided by usage", "add earlier years' usage under "
                           "`usage`, or, for the first year, name a `surrogate` resource whose "
                           "participating members are the same", at_key=True)
        case p.UsageOfNoMember(usage_year=y, code=code):
            return Finding(doc, ("usage", y, code), f"usage for {y} names `{code}`, which is "
                           f"not a member institution (no institutions/{code}.yaml)",
                           "correct the code, or remove the figure", at_key=True, member=code)
        case p.UsageMissing(source=source, usage_year=y, missing=missing):
            names = ", ".join(f"`{m}`" for m in missing)
            if source is problem.resource:
                return Finding(doc, ("usage", y), f"usage for {y} has no figure for {names}, "
                               f"which take{'s' if len(missing) == 1 else ''} part in {fy}",
                               "give each participant's usage, 0 where it had none",
                               at_key=True, member=missing[0])
            return Finding(doc, (*here, "surrogate"), f"surrogate `{source.id}` has no {y} "
                           f"usage for {names}", "give each participant's usage in the "
                           "surrogate's file, 0 where it had none", member=missing[0])
    raise TypeError(f"not an {ID} problem: {problem!r}")
