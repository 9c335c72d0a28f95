"""The cost pages ``nzconfig render`` writes: one per resource and fiscal year (Markdown, HTML
and CSV) and one consortium-wide page per fiscal year (Markdown and HTML). Pure data; the
templates are in templates/costs/. The usage pages (render/usage_pages.py) are the same set
of pages over the same shares: ``page_set`` lists both.

A year whose shares cannot be computed gets no page (render refuses a repository with
errors unless --force; the findings say what is wrong).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from nzconfig.domain.costs.tables import (
    ConsortiumTable,
    ResourceTable,
    consortium_tables,
    resource_table,
)
from nzconfig.loading.model import Network

if TYPE_CHECKING:
    from nzconfig.domain.costs.formula import Shares

FOLDER = "costs"
RESOURCE_PAGES = ("md", "html", "csv")
CONSORTIUM_PAGES = ("md", "html")

T = TypeVar("T")  # what a resource's pages show
C = TypeVar("C")  # what a consortium page shows
K = TypeVar("K")  # what it is made from
V = TypeVar("V")
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


class Shown(Mapping[str, V], Generic[K, V]):
    """What each page shows, by page path: made when a page asks for it, and kept only until
    a page asks for something else. Made up front for every page, a wide consortium's tables
    (300 members x 135 resources, twice) were most of the site's views' time and memory for
    the whole render; the pages showing the same thing are written one after another, so
    each is still made once."""

    __slots__ = ("_made", "_make", "_sources")

    def __init__(self, sources: dict[str, K], make: Callable[[K], V]) -> None:
        self._sources, self._make = sources, make
        self._made: tuple[K, V] | None = None  # the last one made, and what it was made of

    def __getitem__(self, path: str) -> V:
        source = self._sources[path]
        if self._made is None or self._made[0] is not source:
            self._made = (source, self._make(source))
        return self._made[1]

    def __contains__(self, path: object) -> bool:
        return path in self._sources

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


@dataclass(frozen=True, slots=True)
class PageSet(Generic[T, C]):
    pages: tuple[Page, ...] = ()
    # page path -> what the page shows (a Shown: made when the page is written)
    resources: Mapping[str, T] = field(default_factory=dict)
    consortium: Mapping[str, C] = field(default_factory=dict)


CostPages = PageSet[ResourceTable, Consortium]


def page_set(folder: str, network: Network, table: Callable[[Shares], T],
             about: Callable[[Shares], tuple[About, ...]],
             consortium: Callable[[str, list[Shares]], C],
             consortium_about: Callable[[str], tuple[About, ...]]) -> PageSet[T, C]:
    """``folder``/<resource>-<year>.md, .html, .csv for each resource's fiscal year whose
    shares are computed (``about``: their titles and descriptions, in that order), then
    ``folder``/consortium-<year>.md, .html for each of those years, the latest first.
    ``table`` and ``consortium`` make what a page shows when it is written."""
    pages: list[Page] = []
    tables: dict[str, Shares] = {}
    by_year: dict[str, list[Shares]] = {}
    computed: Iterable[Shares] = ()
    if network.costs:  # else the formula and its problems are not even imported
        from nzconfig.domain.costs.analysis import computable

        computed = computable(network)
    for shares in computed:
        year = shares.year.fiscal_year
        by_year.setdefault(year, []).append(shares)
        base = f"{folder}/{shares.resource.id}-{year}"
        for ext, (title, description) in zip(RESOURCE_PAGES, about(shares), strict=True):
            pages.append(Page(f"{base}.{ext}", f"{folder}/resource.{ext}", title, description))
            tables[f"{base}.{ext}"] = shares
    across: dict[str, tuple[str, list[Shares]]] = {}
    for year in sorted(by_year, reverse=True):
        base, made_of = f"{folder}/consortium-{year}", (year, by_year[year])
        for ext, (title, description) in zip(CONSORTIUM_PAGES, consortium_about(year),
                                             strict=True):
            pages.append(Page(f"{base}.{ext}", f"{folder}/consortium.{ext}", title,
                              description))
            across[f"{base}.{ext}"] = made_of
    return PageSet(tuple(pages), Shown(tables, table),
                   Shown(across, lambda made_of: consortium(*made_of)))


def build(network: Network) -> CostPages:
    return page_set(FOLDER, network, resource_table, _about, _consortium, _consortium_about)


def _about(shares: Shares) -> tuple[About, ...]:
    title = f"Cost shares: {shares.resource.name}, {shares.year.fiscal_year}"
    return ((title, "The shared cost formula's table: pay-to-play, usage and total "
                    "contribution per member."),
            (title, "The shared cost formula's table as a web page."),
            (f"{title} (CSV)", "The same table as a spreadsheet, for the finance office."))


def _consortium(year: str, shares: list[Shares]) -> Consortium:
    # A resource table's rows are made only when read: these are not.
    return Consortium(year, consortium_tables(year, [resource_table(s) for s in shares]))


def _consortium_about(year: str) -> tuple[About, ...]:
    about = (f"Shared resource costs, {year}", "Each member's contributions across the shared "
             "resources invoiced in the year, and the cost recovery transfers.")
    return (about, about)
