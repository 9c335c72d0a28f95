"""Rules whose problems one computation finds for several: the cost formula's (NZ301-NZ305,
NZ307, NZ309: domain.costs.analysis) and the usage checks' (NZ501-NZ508:
domain.counter.checks), each computed once per Network as facts; each rule takes its own by
id and words them.

The domain is imported only when the repository has what it reads: most have no cost files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Protocol, TypeVar

from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

if TYPE_CHECKING:
    from nzconfig.domain.costs.problems import Problem
    from nzconfig.domain.counter.problems import Problem as UsageProblem


class _OfRule(Protocol):
    @property
    def rule(self) -> str: ...


P = TypeVar("P", bound=_OfRule)
R = TypeVar("R")


def of_rule(problems: Iterable[P], rule_id: str, word: Callable[[P], R]) -> Iterator[R]:
    """``word`` (the rule's wording) of each of ``rule_id``'s problems, in their order."""
    return (word(p) for p in problems if p.rule == rule_id)


def cost_problems(network: Network) -> list[Problem]:
    """Every problem that stops the cost formula, by resource and fiscal year."""
    if not network.costs:
        return []
    from nzconfig.domain.costs.analysis import problems

    return problems(network)


def cost_findings(network: Network, rule_id: str, word: Callable[[Problem], Finding],
                  ) -> Iterator[Finding]:
    return of_rule(cost_problems(network), rule_id, word)


def usage_findings(network: Network, rule_id: str, word: Callable[[UsageProblem], Finding],
                   ) -> Iterator[Finding]:
    if not (any("usage_imports" in doc.data for doc in network.costs)
            or any("counter_ids" in i.data for i in network.institutions.values())):
        return iter(())  # most runs: no COUNTER data, and no need to import the checks
    from nzconfig.domain.counter.checks import problems

    return of_rule(problems(network), rule_id, word)
