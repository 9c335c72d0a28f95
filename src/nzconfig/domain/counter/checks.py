"""What rules NZ501-NZ508 find in the cost files' ``usage_imports``, computed once per
Network and split by rule id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from nzconfig.domain.costs.model import Resource, resources
from nzconfig.domain.counter.ids import (
    EXCEPTION,
    INCOMPLETE_USAGE,
    INSTITUTION,
    METRIC,
    NO_REPORT,
    PERIOD,
    PROVENANCE,
    REPORT_TYPE,
)
from nzconfig.domain.counter.importing import normal_id
from nzconfig.domain.counter.policy import UsagePolicy, usage_policy
from nzconfig.domain.counter.provenance import (
    ImportedReport,
    ImportedYear,
    imported_years,
    participants,
)
from nzconfig.domain.counter.vocabulary import FAMILIES, INCOMPLETE, RELEASES
from nzconfig.loading.loader import Document, Path_
from nzconfig.loading.model import Network


@dataclass(frozen=True, slots=True)
class Problem:
    """A finding of one of the usage rules, before the engine gives it a severity."""

    rule: str
    doc: Document
    path: Path_
    message: str
    hint: str | None = None
    member: str | None = None
    at_key: bool = False


def problems(network: Network) -> list[Problem]:
    """What the usage rules NZ501-NZ508 report, computed once per Network (each rule asks)."""
    return network.derived("usage-problems", lambda: _problems(network))


def _problems(network: Network) -> list[Problem]:
    found: list[Problem] = _shared_ids(network)
    policy = usage_policy(network)
    for resource in resources(network).values():
        years = imported_years(resource.doc.data)
        if years:
            found += _resource(network, resource, policy, years)
    return found


def _shared_ids(network: Network) -> list[Problem]:
    """An identifier two members list would attribute a report to either: NZ503 at the
    later one's entry."""
    found: list[Problem] = []
    owner: dict[str, str] = {}
    for code, institution in sorted(network.institutions.items()):
        for index, identifier in enumerate(institution.data.get("counter_ids") or ()):
            first = owner.setdefault(normal_id(str(identifier)), code)
            if first != code:
                found.append(Problem(
                    INSTITUTION, institution.doc, ("counter_ids", index), f"`{identifier}` is "
                    f"also `{first}`'s: a report with it cannot be attributed to one member",
                    "each COUNTER identifier belongs to one member", code))
    return found


def _resource(network: Network, resource: Resource, policy: UsagePolicy,
              years: dict[str, ImportedYear]) -> list[Problem]:
    doc = resource.doc
    found: list[Problem] = []

    def add(rule: str, path: tuple[str | int, ...], message: str, hint: str | None = None,
            member: str | None = None, at_key: bool = False) -> None:
        found.append(Problem(rule, doc, path, message, hint, member, at_key))

    metric = policy.metric(resource.usage_metric)
    if metric is None:
        add(METRIC, ("usage_metric",), f"`{resource.usage_metric}` has no COUNTER "
            "Metric_Type: the imported usage cannot be checked against it",
            "map it in policies/usage.yaml `metrics` (e.g. `Book & Chapter Downloads: "
            "Unique_Title_Requests`)")
    usage = doc.data.get("usage") or {}
    for fiscal_year, year in years.items():
        at: tuple[str | int, ...] = ("usage_imports", fiscal_year)
        if metric is not None and year.metric != metric:
            add(METRIC, (*at, "metric"), f"the {fiscal_year} usage counts {year.metric}, but "
                f"`{resource.usage_metric}` is {metric} in policies/usage.yaml",
                "import the reports again")
        months = policy.months(fiscal_year)
        if year.months != months:
            add(PERIOD, (*at, "months"), f"fiscal year {fiscal_year} is {months[0]} to "
                f"{months[-1]} by policies/usage.yaml, but its usage was imported for "
                f"{year.first_month} to {year.last_month}", "import the reports again")
        by_member = year.by_member()
        for member, reports in by_member.items():
            covered = {m for r in reports for m in r.months}
            missing = [m for m in months if m not in covered]
            if missing:
                add(PERIOD, (*at, "reports", reports[-1].index, "period"),
                    f"`{member}`'s reports do not cover {len(missing)} month"
                    f"{'s' if len(missing) > 1 else ''} of fiscal year {fiscal_year} "
                    f"(from {missing[0]})", "import reports for every month", member)
        for member in participants(resource, fiscal_year):
            if member not in by_member:
                add(NO_REPORT, at, f"`{member}` takes part but no report of its "
                    f"{fiscal_year} usage was imported", "import the member's report",
                    member, at_key=True)
        for report in year.reports:
            here = (*at, "reports", report.index)
            _report_checks(network, report, here, add)
        found_usage = usage.get(fiscal_year)
        if not isinstance(found_usage, dict):
            add(PROVENANCE, at, f"the {fiscal_year} usage was imported but `usage` has no "
                f"{fiscal_year}", "import the reports again", at_key=True)
            continue
        for member, figure in found_usage.items():
            expected = sum(r.usage for r in by_member.get(member, ()))
            if member not in by_member:
                add(PROVENANCE, ("usage", fiscal_year, member), f"`{member}`'s {fiscal_year} "
                    "usage was not imported with the others: no report stands behind it",
                    "import its report, or remove the figure", member)
            elif figure != expected:
                add(PROVENANCE, ("usage", fiscal_year, member), f"`{member}`'s {fiscal_year} "
                    f"usage is {figure}, but its imported reports give {expected}: edited "
                    "after the import?", "import the reports again rather than editing the "
                    "figures", member)
        for member in by_member:
            if member not in found_usage:
                add(PROVENANCE, ("usage", fiscal_year), f"`{member}`'s {fiscal_year} usage "
                    "was imported but is missing from `usage`", "import the reports again",
                    member, at_key=True)
    return found


def _report_checks(network: Network, report: ImportedReport, here: tuple[str | int, ...],
                   add: Callable[..., None]) -> None:
    institution = network.institutions.get(report.member)
    if institution is None:
        add(INSTITUTION, (*here, "member"), f"`{report.member}` is no member institution "
            f"(no institutions/{report.member}.yaml)", None, report.member)
    else:
        ids = {normal_id(str(i)) for i in institution.data.get("counter_ids") or ()}
        if normal_id(report.institution) not in ids:
            add(INSTITUTION, (*here, "institution"), f"the report's Institution_ID "
                f"`{report.institution}` is not among `{report.member}`'s counter_ids",
                f"add it to institutions/{report.member}.yaml `counter_ids`, or import "
                "the right member's report", report.member)
    if report.report not in FAMILIES:
        add(REPORT_TYPE, (*here, "report"), f"`{report.report}` is not a report nzconfig "
            "reads usage from", "supported: " + ", ".join(FAMILIES), report.member)
    if report.release not in RELEASES:
        add(REPORT_TYPE, (*here, "release"), f"COUNTER release `{report.release}` is not "
            "supported", "R5 (`5`) and R5.1 (`5.1`) are", report.member)
    for text in report.exceptions:
        head = text.split(":", 1)[0].strip()
        code = int(head) if head.isdigit() else -1
        if code in INCOMPLETE:
            add(INCOMPLETE_USAGE, (*here, "exceptions"), f"the report's COUNTER exception "
                f"{text}: its usage is incomplete", "import the report again once the "
                "provider has all the usage", report.member)
        elif code != 0:
            add(EXCEPTION, (*here, "exceptions"), f"the report has COUNTER exception {text}",
                "check the report is the usage asked for; waive the finding if it is",
                report.member)
