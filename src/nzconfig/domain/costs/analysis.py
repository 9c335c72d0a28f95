"""Every problem the cost formula meets in a repository, computed once per Network for the cost
rules NZ301-NZ307 and NZ309 (NZ308 is a check of its own, not a precondition of the formula)."""

from __future__ import annotations

from nzconfig.domain.costs.formula import Problem, Shares, compute
from nzconfig.domain.costs.model import Resource, policy, resources
from nzconfig.loading.model import Network


def problems(network: Network) -> list[Problem]:
    """Every problem of the formula; each of eight cost rules asks, so it is computed once."""
    return network.derived("cost-problems", lambda: _problems(network))


def _problems(network: Network) -> list[Problem]:
    found: list[Problem] = []
    everything = resources(network)
    rules = policy(network)
    for resource in everything.values():
        for fiscal_year in sorted(resource.years):
            found += compute(network, resource, fiscal_year, rules, everything)[1]
    return found


def shares(network: Network, resource: Resource, fiscal_year: str,
           ) -> tuple[Shares | None, list[Problem]]:
    return compute(network, resource, fiscal_year, policy(network), resources(network))
