"""The usage pages ``nzconfig render`` writes beside the cost pages: for each shared resource
and invoiced fiscal year, each member's usage (the COUNTER metric, by usage year), its share
of the total and the usage contribution the cost formula gives it, with the COUNTER reports
the figures were imported from; and for each fiscal year a consortium page across the
resources (the shared view of usage seed 000 names as a reason for a Network Zone).

Pure data; the templates are templates/usage/ (Markdown, HTML and CSV for a resource's page,
Markdown and HTML for the consortium's). A year whose shares cannot be computed gets
no page, as with the cost pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from nzconfig.domain.costs import figures as f
from nzconfig.domain.costs.analysis import shares
from nzconfig.domain.costs.formula import Shares
from nzconfig.domain.costs.model import resources
from nzconfig.domain.costs.tables import Cell
from nzconfig.domain.counter.policy import usage_policy
from nzconfig.domain.counter.provenance import ImportedReport, imported_years
from nzconfig.loading.model import Network

FOLDER = "usage"


@dataclass(frozen=True, slots=True)
class Source:
    """Where one usage year's figures came from."""

    fiscal_year: str
    metric: str  # the COUNTER Metric_Type, or "" when typed in by hand
    reports: tuple[ImportedReport, ...]


@dataclass(frozen=True, slots=True)
class UsageTable:
    title: str
    resource: str
    fiscal_year: str
    facts: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class ConsortiumUsage:
    fiscal_year: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    resources: tuple[tuple[str, str, str], ...]  # name, metric, usage years


@dataclass(frozen=True, slots=True)
class UsagePage:
    path: str
    template: str
    title: str
    description: str


@dataclass(frozen=True, slots=True)
class UsagePages:
    pages: tuple[UsagePage, ...] = ()
    resources: dict[str, UsageTable] = field(default_factory=dict)  # by page path
    consortium: dict[str, ConsortiumUsage] = field(default_factory=dict)


def _number(value: Fraction) -> Cell:
    return Cell(f.number(value), f.plain_number(value), True)


def _percent(value: Fraction | None) -> Cell:
    return Cell(f.percent(value), f.plain_percent(value), True)


def _money(cents: int) -> Cell:
    return Cell(f.money(cents), f.plain_money(cents), True)


def table(network: Network, computed: Shares) -> UsageTable:
    resource, source = computed.resource, computed.usage_source
    years = computed.usage_years
    metric = usage_policy(network).metric(resource.usage_metric) or ""
    headers = ("Institution", *(f"{resource.usage_metric} {y}" for y in years),
               "Average", "% of usage", "Usage Contribution")
    rows = []
    for line in computed.lines:
        rows.append((Cell(line.member, line.member, False),
                     *(_number(source.usage[y][line.member]) for y in years),
                     _number(line.usage), _percent(line.usage_share),
                     _money(line.usage_contribution)))
    total_usage = computed.usage
    total = (Cell("TOTAL", "TOTAL", False),
             *(_number(sum((source.usage[y][m.member] for m in computed.lines), Fraction(0)))
               for y in years),
             _number(total_usage), _percent(Fraction(1) if total_usage else None),
             _money(computed.usage_contribution))
    imported = imported_years(source.doc.data)
    sources = tuple(Source(y, imported[y].metric if y in imported else "",
                           imported[y].reports if y in imported else ()) for y in years)
    span = years[0] if len(years) == 1 else f"{years[0]}-{years[-1]}"
    borrowed = (f" (surrogate: {source.name}, for a first year without usage)"
                if computed.surrogate else "")
    counted = f" = COUNTER {metric}" if metric and metric != resource.usage_metric else ""
    facts = (f"Usage: {resource.usage_metric}{counted}, {span}{borrowed}. "
             f"Invoice {resource.currency} {f.money(computed.invoice)}; the usage "
             f"contributions share {f.money(computed.usage_contribution)} (the invoice less "
             f"pay-to-play) by each member's share of the average usage.")
    return UsageTable(f"Usage: {resource.name}, {computed.year.fiscal_year}", resource.name,
                      computed.year.fiscal_year, facts, headers, tuple(rows), total, sources)


def build(network: Network) -> UsagePages:
    pages: list[UsagePage] = []
    tables: dict[str, UsageTable] = {}
    by_year: dict[str, list[tuple[Shares, UsageTable]]] = {}
    for resource in resources(network).values():
        for year in sorted(resource.years):
            computed, _ = shares(network, resource, year)
            if computed is None:
                continue
            usage = table(network, computed)
            base = f"{FOLDER}/{resource.id}-{year}"
            pages += [
                UsagePage(f"{base}.md", "usage/resource.md", usage.title,
                          "Each member's usage, its share and its usage contribution, with "
                          "the COUNTER reports the figures came from."),
                UsagePage(f"{base}.html", "usage/resource.html", f"{usage.title} (web page)",
                          "The usage table and its sources as a web page."),
                UsagePage(f"{base}.csv", "usage/resource.csv", f"{usage.title} (CSV)",
                          "The usage table as a spreadsheet."),
            ]
            for ext in ("md", "html", "csv"):
                tables[f"{base}.{ext}"] = usage
            by_year.setdefault(year, []).append((computed, usage))
    consortium: dict[str, ConsortiumUsage] = {}
    for year in sorted(by_year, reverse=True):
        base = f"{FOLDER}/consortium-{year}"
        consortium[f"{base}.md"] = consortium[f"{base}.html"] = _consortium(year, by_year[year])
        pages += [UsagePage(f"{base}.{ext}", f"usage/consortium.{ext}",
                            f"Shared usage, {year}{label}",
                            "Each member's share of the usage of every shared resource "
                            "invoiced in the year.")
                  for ext, label in (("md", ""), ("html", " (web page)"))]
    return UsagePages(tuple(pages), tables, consortium)


def _consortium(year: str, computed: list[tuple[Shares, UsageTable]]) -> ConsortiumUsage:
    members = sorted({line.member for s, _ in computed for line in s.lines})
    headers = ("Institution", *(s.resource.name for s, _ in computed))
    rows = []
    for member in members:
        cells = [Cell(member, member, False)]
        for s, _ in computed:
            line = next((x for x in s.lines if x.member == member), None)
            cells.append(_percent(line.usage_share) if line else Cell("", "", True))
        rows.append(tuple(cells))
    about = tuple((s.resource.name, s.resource.usage_metric + (
        f" (surrogate: {s.usage_source.name})" if s.surrogate else ""),
                   s.usage_years[0] if len(s.usage_years) == 1 else
                   f"{s.usage_years[0]}-{s.usage_years[-1]}") for s, _ in computed)
    return ConsortiumUsage(year, headers, tuple(rows), about)
