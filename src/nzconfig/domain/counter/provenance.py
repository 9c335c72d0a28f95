"""What ``nzconfig usage import`` recorded in a cost file (``usage_imports``), as typed
values for the rules (NZ501-NZ508) and the usage pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nzconfig.domain.costs.model import CostYear, Resource
from nzconfig.domain.counter.model import months_between


@dataclass(frozen=True, slots=True)
class ImportedReport:
    index: int  # its place in the year's `reports` list
    member: str
    file: str
    sha256: str
    report: str
    release: str
    institution: str
    period: str  # Begin_Date/End_Date
    created: str
    exceptions: tuple[str, ...]
    usage: int

    @property
    def months(self) -> tuple[str, ...]:
        begin, _, end = self.period.partition("/")
        return months_between(begin[:7], end[:7])


@dataclass(frozen=True, slots=True)
class ImportedYear:
    fiscal_year: str
    metric: str
    first_month: str
    last_month: str
    reports: tuple[ImportedReport, ...]

    @property
    def months(self) -> tuple[str, ...]:
        return months_between(self.first_month, self.last_month)

    def by_member(self) -> dict[str, list[ImportedReport]]:
        out: dict[str, list[ImportedReport]] = {}
        for report in self.reports:
            out.setdefault(report.member, []).append(report)
        return out


def imported_years(data: dict[str, Any]) -> dict[str, ImportedYear]:
    """``usage_imports`` of a cost file that passed its schema, by fiscal year."""
    out: dict[str, ImportedYear] = {}
    for fiscal_year, entry in sorted((data.get("usage_imports") or {}).items()):
        first, _, last = str(entry["months"]).partition("/")
        reports = tuple(
            ImportedReport(index, str(r["member"]), str(r["file"]), str(r["sha256"]),
                           str(r["report"]), str(r["release"]), str(r["institution"]),
                           str(r["period"]), str(r["created"]),
                           tuple(str(e) for e in r.get("exceptions") or ()), int(r["usage"]))
            for index, r in enumerate(entry.get("reports") or ()))
        out[str(fiscal_year)] = ImportedYear(str(fiscal_year), str(entry["metric"]), first,
                                             last, reports)
    return out


def using_year(resource: Resource, fiscal_year: str) -> CostYear | None:
    """The invoiced year whose members need ``fiscal_year``'s usage: the first after it (the
    first invoice its usage divides), else the latest at or before it."""
    later = sorted(y for y in resource.years if y > fiscal_year)
    return resource.years[later[0]] if later else resource.year_at_or_before(fiscal_year)


def participants(resource: Resource, fiscal_year: str) -> tuple[str, ...]:
    """Whose usage of ``fiscal_year`` the cost formula needs (see :func:`using_year`)."""
    year = using_year(resource, fiscal_year)
    return year.members if year is not None else ()
