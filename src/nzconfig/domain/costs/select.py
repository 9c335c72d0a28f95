"""Choosing what to report: a resource by id or name, a fiscal year, and the tables."""

from __future__ import annotations

from nzconfig.core.errors import FatalError
from nzconfig.domain.costs.analysis import Computed, of
from nzconfig.domain.costs.model import Resource, resources
from nzconfig.domain.costs.tables import (
    ConsortiumTable,
    ResourceTable,
    consortium_tables,
    resource_table,
)
from nzconfig.loading.model import Network


def find(network: Network, key: str) -> Resource:
    """The resource whose id (file name without .yaml) or name is ``key`` (any case)."""
    everything = resources(network)
    wanted = key.casefold().removesuffix(".yaml")
    for resource in everything.values():
        if wanted in (resource.id.casefold(), resource.name.casefold()):
            return resource
    known = ", ".join(everything) or "none (no cost files in costs/)"
    raise FatalError(f"no shared resource `{key}` in costs/; resources: {known}")


def year_of(resource: Resource, year: str | None) -> str:
    if year is None:
        return resource.latest_year()
    if year not in resource.years:
        raise FatalError(f"`{resource.id}` has no fiscal year {year}; its years: "
                         + ", ".join(sorted(resource.years)))
    return year


def fiscal_years(network: Network) -> list[str]:
    return sorted({y for r in resources(network).values() for y in r.years})


def resource_report(network: Network, resource: Resource, year: str,
                    ) -> tuple[ResourceTable | None, Computed]:
    computed = of(network, resource, year)
    return (None if computed.shares is None else resource_table(computed.shares)), computed


def consortium_report(network: Network, year: str | None,
                      ) -> tuple[str, tuple[ConsortiumTable, ...], list[Computed], list[Resource]]:
    """Every resource invoiced in ``year`` (default: the latest year of any resource), each
    one's computation; the last item lists the resources whose shares cannot be computed."""
    years = fiscal_years(network)
    if not years:
        raise FatalError("no cost files in costs/: nothing to sum")
    chosen = year or years[-1]
    if chosen not in years:
        raise FatalError(f"no resource has fiscal year {chosen}; years: " + ", ".join(years))
    tables: list[ResourceTable] = []
    computations: list[Computed] = []
    failed: list[Resource] = []
    for resource in resources(network).values():
        if chosen in resource.years:
            table, found = resource_report(network, resource, chosen)
            computations.append(found)
            if table is None:
                failed.append(resource)
            else:
                tables.append(table)
    return chosen, consortium_tables(chosen, tables), computations, failed
