"""The cost pages ``nzconfig render`` writes: one per resource and fiscal year (Markdown, HTML
and CSV) and one consortium-wide page per fiscal year (Markdown and HTML). Pure data; the
templates are in templates/costs/.

A year whose shares cannot be computed gets no page (render refuses a repository with
errors unless --force; the findings say what is wrong).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nzconfig.domain.costs.analysis import computable
from nzconfig.domain.costs.tables import (
    ConsortiumTable,
    ResourceTable,
    consortium_tables,
    resource_table,
)
from nzconfig.loading.model import Network

FOLDER = "costs"


@dataclass(frozen=True, slots=True)
class CostPage:
    path: str
    template: str
    title: str
    description: str


@dataclass(frozen=True, slots=True)
class Consortium:
    fiscal_year: str
    tables: tuple[ConsortiumTable, ...]


@dataclass(frozen=True, slots=True)
class CostPages:
    pages: tuple[CostPage, ...] = ()
    # page path -> what the page shows
    resources: dict[str, ResourceTable] = field(default_factory=dict)
    consortium: dict[str, Consortium] = field(default_factory=dict)


def build(network: Network) -> CostPages:
    pages: list[CostPage] = []
    by_path: dict[str, ResourceTable] = {}
    by_year: dict[str, list[ResourceTable]] = {}
    for computed in computable(network):
        resource, year = computed.resource, computed.year.fiscal_year
        table = resource_table(computed)
        by_year.setdefault(year, []).append(table)
        base = f"{FOLDER}/{resource.id}-{year}"
        pages += [
            CostPage(f"{base}.md", "costs/resource.md",
                     f"Cost shares: {resource.name}, {year}",
                     "The shared cost formula's table: pay-to-play, usage and total "
                     "contribution per member."),
            CostPage(f"{base}.html", "costs/resource.html",
                     f"Cost shares: {resource.name}, {year}",
                     "The shared cost formula's table as a web page."),
            CostPage(f"{base}.csv", "costs/resource.csv",
                     f"Cost shares: {resource.name}, {year} (CSV)",
                     "The same table as a spreadsheet, for the finance office."),
        ]
        for ext in ("md", "html", "csv"):
            by_path[f"{base}.{ext}"] = table
    consortium: dict[str, Consortium] = {}
    for year in sorted(by_year, reverse=True):
        base = f"{FOLDER}/consortium-{year}"
        consortium[f"{base}.md"] = consortium[f"{base}.html"] = Consortium(
            year, consortium_tables(year, by_year[year]))
        pages += [CostPage(f"{base}.{ext}", f"costs/consortium.{ext}",
                           f"Shared resource costs, {year}",
                           "Each member's contributions across the shared resources "
                           "invoiced in the year, and the cost recovery transfers.")
                  for ext in ("md", "html")]
    return CostPages(tuple(pages), by_path, consortium)
