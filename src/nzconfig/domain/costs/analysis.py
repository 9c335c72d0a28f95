"""Every resource's fiscal years through the formula, once per Network: the cost rules, the
cost and usage pages and `nzconfig cost` all read the same shares and problems."""

from __future__ import annotations

from dataclasses import dataclass

from nzconfig.domain.costs.formula import Shares, compute
from nzconfig.domain.costs.model import Resource, policy, resources
from nzconfig.domain.costs.problems import Problem
from nzconfig.loading.model import Network


@dataclass(frozen=True, slots=True)
class Computed:
    """One resource's fiscal year: its shares, or the problems that stop the formula."""

    resource: Resource
    fiscal_year: str
    shares: Shares | None
    problems: tuple[Problem, ...]


def computed(network: Network) -> dict[tuple[str, str], Computed]:
    """By (resource id, fiscal year), in that order."""
    return network.derived("cost-shares", lambda: _computed(network))


def _computed(network: Network) -> dict[tuple[str, str], Computed]:
    everything, rules = resources(network), policy(network)  # once, not per resource
    result = {}
    for resource in everything.values():
        for fiscal_year in sorted(resource.years):
            found, problems = compute(network, resource, fiscal_year, rules, everything)
            result[resource.id, fiscal_year] = Computed(resource, fiscal_year, found,
                                                        tuple(problems))
    return result


def problems(network: Network) -> list[Problem]:
    return [p for c in computed(network).values() for p in c.problems]


def computable(network: Network) -> list[Shares]:
    """The shares of every resource's fiscal year that has them, by resource id and year."""
    return [c.shares for c in computed(network).values() if c.shares is not None]


def of(network: Network, resource: Resource, fiscal_year: str) -> Computed:
    return computed(network)[resource.id, fiscal_year]


def shares(network: Network, resource: Resource, fiscal_year: str,
           ) -> tuple[Shares | None, list[Problem]]:
    found = of(network, resource, fiscal_year)
    return found.shares, list(found.problems)
