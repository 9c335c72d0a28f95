"""The cost pages ``nzconfig render`` writes: one per resource and fiscal year (Markdown, HTML
and CSV) and one consortium-wide page per fiscal year (Markdown and HTML). Pure data; the
templates are in templates/costs/. The usage pages (render/usage_pages.py) are the same set
of pages over the same shares: ``page_set`` lists both.

A year whose shares cannot be computed gets no page (render refuses a repository with
errors unless --force; the findings say what is wrong).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from nzconfig.domain.costs.analysis import computable
from nzconfig.domain.costs.formula import Shares
from nzconfig.domain.costs.tables import (
    ConsortiumTable,
    ResourceTable,
    consortium_tables,
    resource_table,
)
from nzconfig.loading.model import Network

FOLDER = "costs"
RESOURCE_PAGES = ("md", "html", "csv")
CONSORTIUM_PAGES = ("md", "html")

T = TypeVar("T")  # what a resource's pages show
C = TypeVar("C")  # what a consortium page shows
About = tuple[str, str]  # a page's title and description


@dataclass(frozen=True, slots=True)
class Page:
    path: str
    template: str
    title: str
    description: str


@dataclass(frozen=True, slots=True)
class Consortium:
    fiscal_year: str
    tables: tuple[ConsortiumTable, ...]


@dataclass(frozen=True, slots=True)
class PageSet(Generic[T, C]):
    pages: tuple[Page, ...] = ()
    # page path -> what the page shows
    resources: dict[str, T] = field(default_factory=dict)
    consortium: dict[str, C] = field(default_factory=dict)


CostPages = PageSet[ResourceTable, Consortium]


def page_set(folder: str, network: Network, table: Callable[[Shares], T],
             about: Callable[[Shares, T], tuple[About, ...]],
             consortium: Callable[[str, list[tuple[Shares, T]]], C],
             consortium_about: Callable[[str], tuple[About, ...]]) -> PageSet[T, C]:
    """``folder``/<resource>-<year>.md, .html, .csv for each resource's fiscal year whose
    shares are computed (``about``: their titles and descriptions, in that order), then
    ``folder``/consortium-<year>.md, .html for each of those years, the latest first."""
    pages: list[Page] = []
    tables: dict[str, T] = {}
    by_year: dict[str, list[tuple[Shares, T]]] = {}
    for shares in computable(network):
        shown, year = table(shares), shares.year.fiscal_year
        by_year.setdefault(year, []).append((shares, shown))
        base = f"{folder}/{shares.resource.id}-{year}"
        for ext, (title, description) in zip(RESOURCE_PAGES, about(shares, shown),
                                             strict=True):
            pages.append(Page(f"{base}.{ext}", f"{folder}/resource.{ext}", title, description))
            tables[f"{base}.{ext}"] = shown
    across: dict[str, C] = {}
    for year in sorted(by_year, reverse=True):
        base, shown_across = f"{folder}/consortium-{year}", consortium(year, by_year[year])
        for ext, (title, description) in zip(CONSORTIUM_PAGES, consortium_about(year),
                                             strict=True):
            pages.append(Page(f"{base}.{ext}", f"{folder}/consortium.{ext}", title,
                              description))
            across[f"{base}.{ext}"] = shown_across
    return PageSet(tuple(pages), tables, across)


def build(network: Network) -> CostPages:
    return page_set(FOLDER, network, resource_table, _about, _consortium, _consortium_about)


def _about(shares: Shares, table: ResourceTable) -> tuple[About, ...]:
    title = f"Cost shares: {shares.resource.name}, {shares.year.fiscal_year}"
    return ((title, "The shared cost formula's table: pay-to-play, usage and total "
                    "contribution per member."),
            (title, "The shared cost formula's table as a web page."),
            (f"{title} (CSV)", "The same table as a spreadsheet, for the finance office."))


def _consortium(year: str, tables: list[tuple[Shares, ResourceTable]]) -> Consortium:
    return Consortium(year, consortium_tables(year, [t for _, t in tables]))


def _consortium_about(year: str) -> tuple[About, ...]:
    about = (f"Shared resource costs, {year}", "Each member's contributions across the shared "
             "resources invoiced in the year, and the cost recovery transfers.")
    return (about, about)
