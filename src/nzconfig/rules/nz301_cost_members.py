"""A cost year's participating members are institutions of the consortium, each listed once.

Policy: the shared cost formula divides an invoice between the participating institutions;
a code that matches no file in ``institutions/`` has no FTE to charge and would silently
drop out of the split, and a code listed twice would be charged twice. Seed: 003, "CCC
Shared Cost Formula Philosophy".
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Failing example (there is no institutions/ZZZ.yaml; AAA is listed twice):

    years:
      "2024":
        members: [AAA, BBB, AAA, ZZZ]

Passing: `members: [AAA, BBB]`, with institutions/AAA.yaml and institutions/BBB.yaml.

Fix: correct the code under `years: <FY>: members:` in the cost file, or add the
institution's file; list each member once.
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

ID = catalog.COST_MEMBERS
FIXED = False
NAME = "cost-members"
TITLE = "Cost participants are member institutions, each listed once"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return cost_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the problems the formula stopped at."""
    from nzconfig.domain.costs import problems as p

    fy, doc, here = problem.fiscal_year, problem.doc, problem.year.path
    match problem:
        case p.ListedTwice(index=index, code=code):
            return Finding(doc, (*here, "members", index), f"`{code}` is listed twice among "
                           f"the {fy} participants", "list each member once", member=code)
        case p.NotMember(index=index, code=code):
            return Finding(doc, (*here, "members", index), f"`{code}` is not a member "
                           f"institution (no institutions/{code}.yaml)", member=code)
    raise TypeError(f"not an {ID} problem: {problem!r}")
