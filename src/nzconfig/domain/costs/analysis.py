"""Every cost finding of a repository, computed once per Network for the nine cost rules."""

from __future__ import annotations

from nzconfig.core.catalog import COST_COLLECTIONS as COLLECTIONS
from nzconfig.domain.costs.formula import Problem, Shares, compute
from nzconfig.domain.costs.model import Resource, policy, resources
from nzconfig.loading.model import Network


def problems(network: Network) -> list[Problem]:
    """Every cost problem; each of the nine cost rules asks, so it is computed once."""
    return network.derived("cost-problems", lambda: _problems(network))


def _problems(network: Network) -> list[Problem]:
    found: list[Problem] = []
    everything = resources(network)
    rules = policy(network)
    for resource in everything.values():
        for fiscal_year in sorted(resource.years):
            found += compute(network, resource, fiscal_year, rules, everything)[1]
        found += _collections(network, resource)
    return found


def shares(network: Network, resource: Resource, fiscal_year: str,
           ) -> tuple[Shares | None, list[Problem]]:
    return compute(network, resource, fiscal_year, policy(network), resources(network))


def _collections(network: Network, resource: Resource) -> list[Problem]:
    """The collections a resource covers exist and give access to its participants."""
    found: list[Problem] = []
    latest = resource.years[resource.latest_year()]
    paying = set(latest.members)
    for index, name in enumerate(resource.collections):
        collection = network.collection(name)
        at = ("collections", index)
        if collection is None:
            found.append(Problem(COLLECTIONS, resource.doc, at,
                                 f"no collection is named `{name}`",
                                 "give the collection's `name` exactly, suffix included"))
            continue
        having = set(collection.members)
        parts = []
        if paying - having:
            parts.append(f"pay for it in {latest.fiscal_year} without access: "
                         + ", ".join(sorted(paying - having)))
        if having - paying:
            parts.append("have access without paying: " + ", ".join(sorted(having - paying)))
        if parts:
            found.append(Problem(
                COLLECTIONS, resource.doc, at,
                f"the members of `{name}` are not the {latest.fiscal_year} participants ("
                + "; ".join(parts) + ")",
                "update the collection's members or the cost year's members"))
    return found
