"""From members' COUNTER reports to a resource's usage by fiscal year, with provenance:
what ``nzconfig usage import`` writes into costs/<id>.yaml. Nothing is written here.

Each report is attributed to the member whose ``counter_ids`` hold one of its
Institution_IDs (NZ503); its items are selected as the cost file's ``counter`` block says,
and its counts of the resource's metric summed by month. A fiscal year is written when
every member with a report in it has reports for all its months (NZ501); a year that no
member's reports cover completely is left out (a calendar-year report touches two fiscal
years that start in July).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.domain.costs.model import Resource
from nzconfig.domain.counter import CounterError, Header, Item, open_report
from nzconfig.domain.counter.ids import (
    EXCEPTION,
    INCOMPLETE_USAGE,
    INSTITUTION,
    METRIC,
    NO_REPORT,
    PERIOD,
    REPORT_TYPE,
)
from nzconfig.domain.counter.policy import UsagePolicy
from nzconfig.domain.counter.provenance import using_year
from nzconfig.domain.counter.vocabulary import INCOMPLETE
from nzconfig.loading.model import Network

# The findings policies/rules.yaml may switch off or change the severity of at import, as it
# does for validate: each leaves a sound figure to write (a participant left out, a report's
# exceptions). The others stop the import whatever the configuration.
CONFIGURABLE = frozenset({NO_REPORT, INCOMPLETE_USAGE, EXCEPTION})

# The default severity of each finding the import can make.
SEVERITIES = {PERIOD: Severity.ERROR, NO_REPORT: Severity.WARNING,
              INSTITUTION: Severity.ERROR, INCOMPLETE_USAGE: Severity.ERROR,
              EXCEPTION: Severity.WARNING, REPORT_TYPE: Severity.ERROR,
              METRIC: Severity.ERROR}


@dataclass(frozen=True, slots=True)
class Selection:
    """The cost file's ``counter`` block: which report items are the resource's."""

    platform: str | None = None
    publisher: str | None = None
    database: str | None = None
    titles: frozenset[str] = frozenset()
    data_types: frozenset[str] = frozenset()

    @classmethod
    def of(cls, data: dict[str, Any]) -> Selection:
        block = data.get("counter") or {}
        return cls(block.get("platform"), block.get("publisher"), block.get("database"),
                   frozenset(block.get("titles") or ()), frozenset(block.get("data_types")
                                                                  or ()))

    def matches(self, item: Item, family: str) -> bool:
        if self.platform is not None and item.platform != self.platform:
            return False
        if self.publisher is not None and item.publisher != self.publisher:
            return False
        if self.database is not None and family == "DR" and item.name != self.database:
            return False
        if self.titles and not self.titles.intersection(item.ids):
            return False
        return not self.data_types or item.data_type in self.data_types


@dataclass(slots=True)
class ReportUsage:
    """One report file, read: whose it is and its selected counts by month."""

    name: str  # as diagnostics call it (the path given)
    file: str  # the file's own name, as the provenance records it
    header: Header
    member: str
    institution: str  # the Institution_ID that matched
    sha256: str = ""
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class YearImport:
    fiscal_year: str
    metric: str
    months: tuple[str, ...]
    figures: dict[str, int]  # member -> usage, by code
    provenance: dict[str, Any]  # the `usage_imports` entry


@dataclass(slots=True)
class Outcome:
    years: list[YearImport] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def member_ids(network: Network) -> dict[str, set[str]]:
    """Every COUNTER institution identifier in the institution files -> the members listing
    it (one, unless two members claim the same identifier: rule NZ503)."""
    out: dict[str, set[str]] = {}
    for code, institution in sorted(network.institutions.items()):
        for identifier in institution.data.get("counter_ids") or ():
            out.setdefault(normal_id(str(identifier)), set()).add(code)
    return out


def normal_id(identifier: str) -> str:
    """Namespaces compare regardless of case, ISNIs regardless of spaces and hyphens."""
    namespace, _, value = identifier.partition(":")
    if namespace.upper() == "ISNI":
        value = value.replace(" ", "").replace("-", "")
    return f"{namespace.casefold()}:{value.strip()}"


def _at(header: Header, name: str, element: str, rule: str, message: str,
        hint: str | None = None) -> Diagnostic:
    line, column = header.position(element)
    return Diagnostic(rule, SEVERITIES[rule], name, line, column, message, hint=hint)


def read_reports(paths: list[tuple[Path, str]], network: Network, metric: str,
                 selection: Selection, outcome: Outcome) -> list[ReportUsage]:
    """Read every report; problems go to ``outcome.diagnostics`` (all of them, not the
    first only), and a report with an error gives no usage."""
    ids = member_ids(network)
    read: list[ReportUsage] = []
    for path, name in paths:
        try:
            with open_report(path, name) as report:
                header = report.header
                usage = _attribute(header, name, path.name, ids, outcome)
                counts: dict[str, int] = {}
                family = header.family
                for record in report.records:
                    if record.metric == metric and selection.matches(record.item, family):
                        for month, count in zip(record.months, record.counts, strict=True):
                            counts[month] = counts.get(month, 0) + count
                outcome.diagnostics += report.problems
                if usage is None or report.problems:
                    continue
                _check_header(header, name, metric, outcome)
                usage.sha256, usage.counts = report.sha256, counts
                read.append(usage)
        except CounterError as exc:
            outcome.diagnostics += exc.diagnostics
    return read


def _attribute(header: Header, name: str, file: str, ids: dict[str, set[str]],
               outcome: Outcome) -> ReportUsage | None:
    found: dict[str, str] = {}
    for identifier in header.institution_ids:  # the first that matches names the member
        for member in sorted(ids.get(normal_id(identifier), ())):
            found.setdefault(member, identifier)
    if len(found) == 1:
        member, identifier = next(iter(found.items()))
        return ReportUsage(name, file, header, member, identifier)
    shown = "; ".join(header.institution_ids) or "none"
    if not found:
        outcome.diagnostics.append(_at(
            header, name, "Institution_ID", INSTITUTION, f"the report is for "
            f"`{header.institution_name}` (Institution_ID {shown}), which is no member",
            "add the identifier to the member's `counter_ids` in institutions/CODE.yaml, or "
            "leave the report out"))
    else:
        outcome.diagnostics.append(_at(
            header, name, "Institution_ID", INSTITUTION, "the report's Institution_IDs name "
            f"more than one member ({', '.join(sorted(found))})",
            "each identifier belongs in one member's `counter_ids`"))
    return None


def _check_header(header: Header, name: str, metric: str, outcome: Outcome) -> None:
    if header.metric_types and metric not in header.metric_types:
        outcome.diagnostics.append(_at(
            header, name, "Report_ID", REPORT_TYPE, f"a {header.report_id} report with "
            f"Metric_Types {', '.join(header.metric_types)} does not count {metric}",
            "use a report that counts it (e.g. TR_B1 or TR for Unique_Title_Requests, TR_J1 "
            "or TR for Unique_Item_Requests)"))
    for exception in header.exceptions:
        if exception.code in INCOMPLETE:
            outcome.diagnostics.append(_at(
                header, name, "Exceptions", INCOMPLETE_USAGE, f"COUNTER exception "
                f"{exception.text()}: the report does not hold all the usage of its period",
                "harvest the report again once the provider has all the usage"))
        elif exception.code != 0:  # 0 is information, never a warning
            outcome.diagnostics.append(_at(
                header, name, "Exceptions", EXCEPTION, f"COUNTER exception "
                f"{exception.text()}", "check that the report is the usage asked for"))


def plan(resource: Resource, policy: UsagePolicy, metric: str, reports: list[ReportUsage],
         years: tuple[str, ...], outcome: Outcome) -> None:
    """Which fiscal years the reports give, with their figures and provenance."""
    reports = _unique(reports)
    by_member: dict[str, list[ReportUsage]] = {}
    for report in sorted(reports, key=lambda r: (r.member, r.header.begin, r.file)):
        by_member.setdefault(report.member, []).append(report)
    for member, own in by_member.items():
        _check_overlap(member, own, outcome)
    touched = sorted({policy.fiscal_year(m) for r in reports for m in r.header.months})
    wanted = years or tuple(touched)
    for fiscal_year in wanted:
        months = policy.months(fiscal_year)
        inside = set(months)
        covering = {m: [r for r in own if inside.intersection(r.header.months)]
                    for m, own in by_member.items()}
        covering = {m: rs for m, rs in covering.items() if rs}
        partial = {m: rs for m, rs in covering.items()
                   if not inside <= {x for r in rs for x in r.header.months}}
        if not covering or (len(partial) == len(covering) and not years):
            outcome.notes.append(f"fiscal year {fiscal_year} ({months[0]} to {months[-1]}): "
                                 "no member's reports cover all its months; not written")
            continue
        for member, rs in partial.items():
            have = sorted(inside.intersection(x for r in rs for x in r.header.months))
            outcome.diagnostics.append(_at(
                rs[-1].header, rs[-1].name, "Reporting_Period", PERIOD,
                f"`{member}`'s reports cover {_span(have)} of fiscal year {fiscal_year} "
                f"({months[0]} to {months[-1]})",
                "add the member's reports for the other months, or choose the fiscal years "
                "with --year"))
        if partial:
            continue
        using = using_year(resource, fiscal_year)
        for index, member in enumerate(using.members if using is not None else ()):
            if member not in covering and using is not None:
                outcome.diagnostics.append(resource.doc.diagnostic(
                    NO_REPORT, SEVERITIES[NO_REPORT], (*using.path, "members", index),
                    f"`{member}` takes part in {using.fiscal_year} but has no report for "
                    f"fiscal year {fiscal_year}", "add the member's report; until then its "
                    "usage is not written", member=member))
        outcome.years.append(_year(fiscal_year, metric, months, covering))


def _unique(reports: list[ReportUsage]) -> list[ReportUsage]:
    """The same file given twice (by two names) counts once."""
    seen: dict[str, ReportUsage] = {}
    for report in reports:
        seen.setdefault(report.sha256, report)
    return list(seen.values())


def _check_overlap(member: str, reports: list[ReportUsage], outcome: Outcome) -> None:
    owner: dict[str, ReportUsage] = {}
    for report in reports:
        for month in report.header.months:
            earlier = owner.setdefault(month, report)
            if earlier is not report:
                outcome.diagnostics.append(_at(
                    report.header, report.name, "Reporting_Period", PERIOD,
                    f"`{member}`'s reports {earlier.file} and {report.file} both cover "
                    f"{month}: its usage would be counted twice",
                    "give one report per member and month"))
                break


def _span(months: list[str]) -> str:
    if not months:
        return "none of the months"
    return months[0] if len(months) == 1 else f"{len(months)} months ({months[0]} to " \
        f"{months[-1]})"


def _year(fiscal_year: str, metric: str, months: tuple[str, ...],
          covering: dict[str, list[ReportUsage]]) -> YearImport:
    inside = set(months)
    figures: dict[str, int] = {}
    entries: list[dict[str, Any]] = []
    for member in sorted(covering):
        for report in covering[member]:
            part = sum(n for m, n in report.counts.items() if m in inside)
            figures[member] = figures.get(member, 0) + part
            header = report.header
            entry: dict[str, Any] = {
                "member": member, "file": report.file, "sha256": report.sha256,
                "report": header.report_id, "release": header.release,
                "institution": report.institution, "period": header.period,
                "created": header.created,
            }
            if header.exceptions:
                entry["exceptions"] = [e.text() for e in header.exceptions]
            entry["usage"] = part
            entries.append(entry)
    provenance = {"metric": metric, "months": f"{months[0]}/{months[-1]}",
                  "reports": entries}
    return YearImport(fiscal_year, metric, months, figures, provenance)
