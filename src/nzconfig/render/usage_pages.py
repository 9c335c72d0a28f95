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

from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from nzconfig.domain.costs import figures as f
from nzconfig.domain.costs.pages import About, PageSet, page_set
from nzconfig.domain.costs.rounding import exact_sum
from nzconfig.domain.costs.tables import Cell, count_cell, money_cell, percent_cell
from nzconfig.loading.model import Network

if TYPE_CHECKING:  # the formula and COUNTER's modules only for a repository with costs
    from nzconfig.domain.costs.formula import Shares
    from nzconfig.domain.counter.provenance import ImportedReport

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


UsagePages = PageSet[UsageTable, ConsortiumUsage]


def table(network: Network, computed: Shares) -> UsageTable:
    from nzconfig.domain.counter.policy import usage_policy
    from nzconfig.domain.counter.provenance import imported_years

    resource, source = computed.resource, computed.usage_source
    years = computed.usage_years
    metric = usage_policy(network).metric(resource.usage_metric) or ""
    headers = ("Institution", *(f"{resource.usage_metric} {y}" for y in years),
               "Average", "% of usage", "Usage Contribution")
    rows = []
    for line in computed.lines:
        rows.append((Cell(line.member, line.member, False),
                     *(count_cell(source.usage[y][line.member]) for y in years),
                     count_cell(line.usage), percent_cell(line.usage_share),
                     money_cell(line.usage_contribution)))
    total_usage = computed.usage
    total = (Cell("TOTAL", "TOTAL", False),
             *(count_cell(exact_sum(source.usage[y][m.member] for m in computed.lines))
               for y in years),
             count_cell(total_usage), percent_cell(Fraction(1) if total_usage else None),
             money_cell(computed.usage_contribution))
    imported = imported_years(source.doc.data)
    sources = tuple(Source(y, imported[y].metric if y in imported else "",
                           imported[y].reports if y in imported else ()) for y in years)
    span = f.span(years)
    borrowed = (f" (surrogate: {source.name}, for a first year without usage)"
                if computed.surrogate else "")
    counted = f" = COUNTER {metric}" if metric and metric != resource.usage_metric else ""
    facts = (f"Usage: {resource.usage_metric}{counted}, {span}{borrowed}. "
             f"Invoice {resource.currency} {f.money(computed.invoice)}; the usage "
             f"contributions share {f.money(computed.usage_contribution)} (the invoice less "
             f"pay-to-play) by each member's share of the average usage.")
    return UsageTable(_title(computed), resource.name,
                      computed.year.fiscal_year, facts, headers, tuple(rows), total, sources)


def build(network: Network) -> UsagePages:
    return page_set(FOLDER, network, lambda computed: table(network, computed), _about,
                    _consortium, _consortium_about)


def _title(computed: Shares) -> str:
    return f"Usage: {computed.resource.name}, {computed.year.fiscal_year}"


def _about(computed: Shares) -> tuple[About, ...]:
    title = _title(computed)
    return ((title, "Each member's usage, its share and its usage contribution, with "
                    "the COUNTER reports the figures came from."),
            (f"{title} (web page)", "The usage table and its sources as a web page."),
            (f"{title} (CSV)", "The usage table as a spreadsheet."))


def _consortium_about(year: str) -> tuple[About, ...]:
    about = ("Each member's share of the usage of every shared resource invoiced in the "
             "year.")
    return ((f"Shared usage, {year}", about), (f"Shared usage, {year} (web page)", about))


def _consortium(year: str, computed: list[Shares]) -> ConsortiumUsage:
    members = sorted({line.member for s in computed for line in s.lines})
    headers = ("Institution", *(s.resource.name for s in computed))
    shares = [{line.member: line.usage_share for line in s.lines} for s in computed]
    rows = []
    for member in members:
        cells = [Cell(member, member, False)]
        for by_member in shares:
            share = by_member.get(member)
            cells.append(percent_cell(share) if share is not None else Cell("", "", True))
        rows.append(tuple(cells))
    about = tuple((s.resource.name, s.resource.usage_metric + (
        f" (surrogate: {s.usage_source.name})" if s.surrogate else ""),
                   f.span(s.usage_years)) for s in computed)
    return ConsortiumUsage(year, headers, tuple(rows), about)
