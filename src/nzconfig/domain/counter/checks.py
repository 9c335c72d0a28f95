"""What rules NZ501-NZ508 find in the cost files' ``usage_imports`` and the members'
``counter_ids``, as facts (domain.counter.problems), computed once per Network in the order
met; each rule takes its own kinds and words them."""

from __future__ import annotations

from nzconfig.domain.costs.model import Resource, resources
from nzconfig.domain.counter import problems as p
from nzconfig.domain.counter.importing import normal_id
from nzconfig.domain.counter.policy import UsagePolicy, usage_policy
from nzconfig.domain.counter.provenance import (
    ImportedReport,
    ImportedYear,
    imported_years,
    participants,
)
from nzconfig.domain.counter.vocabulary import FAMILIES, INCOMPLETE, RELEASES
from nzconfig.loading.loader import Document
from nzconfig.loading.model import Network


def problems(network: Network) -> list[p.Problem]:
    """What the usage rules NZ501-NZ508 report, computed once per Network (each rule asks)."""
    return network.derived("usage-problems", lambda: _problems(network))


def _problems(network: Network) -> list[p.Problem]:
    found: list[p.Problem] = list(_shared_ids(network))
    policy = usage_policy(network)
    for resource in resources(network).values():
        years = imported_years(resource.doc.data)
        if years:
            found += _resource(network, resource, policy, years)
    return found


def _shared_ids(network: Network) -> list[p.SharedIdentifier]:
    """An identifier two members list would attribute a report to either."""
    found: list[p.SharedIdentifier] = []
    owner: dict[str, str] = {}
    for code, institution in sorted(network.institutions.items()):
        for index, identifier in enumerate(institution.data.get("counter_ids") or ()):
            first = owner.setdefault(normal_id(str(identifier)), code)
            if first != code:
                found.append(p.SharedIdentifier(institution.doc, code, index, str(identifier),
                                                first))
    return found


def _resource(network: Network, resource: Resource, policy: UsagePolicy,
              years: dict[str, ImportedYear]) -> list[p.Problem]:
    doc = resource.doc
    found: list[p.Problem] = []
    metric = policy.metric(resource.usage_metric)
    if metric is None:
        found.append(p.UnmappedMetric(doc, resource.usage_metric))
    usage = doc.data.get("usage") or {}
    for fiscal_year, year in years.items():
        if metric is not None and year.metric != metric:
            found.append(p.OtherMetric(doc, fiscal_year, resource.usage_metric, metric,
                                       year.metric))
        months = policy.months(fiscal_year)
        if year.months != months:
            found.append(p.OtherMonths(doc, fiscal_year, months, year.first_month,
                                       year.last_month))
        by_member = year.by_member()
        for member, reports in by_member.items():
            covered = {m for r in reports for m in r.months}
            missing = tuple(m for m in months if m not in covered)
            if missing:
                found.append(p.MonthsMissing(doc, fiscal_year, member, reports[-1].index,
                                             missing))
        found += [p.NoReport(doc, fiscal_year, member)
                  for member in participants(resource, fiscal_year) if member not in by_member]
        for report in year.reports:
            found += _report(network, doc, fiscal_year, report)
        found_usage = usage.get(fiscal_year)
        if not isinstance(found_usage, dict):
            found.append(p.YearNotInUsage(doc, fiscal_year))
            continue
        for member, figure in found_usage.items():
            expected = sum(r.usage for r in by_member.get(member, ()))
            if member not in by_member:
                found.append(p.FigureWithoutReport(doc, fiscal_year, member))
            elif figure != expected:
                found.append(p.FigureEdited(doc, fiscal_year, member, figure, expected))
        found += [p.FigureMissing(doc, fiscal_year, member)
                  for member in by_member if member not in found_usage]
    return found


def _report(network: Network, doc: Document, fiscal_year: str,
            report: ImportedReport) -> list[p.Problem]:
    found: list[p.Problem] = []
    institution = network.institutions.get(report.member)
    if institution is None:
        found.append(p.NotMember(doc, fiscal_year, report))
    else:
        ids = {normal_id(str(i)) for i in institution.data.get("counter_ids") or ()}
        if normal_id(report.institution) not in ids:
            found.append(p.IdentifierNotListed(doc, fiscal_year, report))
    if report.report not in FAMILIES:
        found.append(p.UnsupportedReport(doc, fiscal_year, report))
    if report.release not in RELEASES:
        found.append(p.UnsupportedRelease(doc, fiscal_year, report))
    for text in report.exceptions:
        head = text.split(":", 1)[0].strip()
        code = int(head) if head.isdigit() else -1
        if code in INCOMPLETE:
            found.append(p.IncompleteUsage(doc, fiscal_year, report, text))
        elif code != 0:
            found.append(p.OtherException(doc, fiscal_year, report, text))
    return found
