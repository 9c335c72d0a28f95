"""What is wrong with the usage a cost file records as imported (``usage_imports``), or with
the members' COUNTER identifiers, as facts.

``checks.problems`` finds these once per Network; it neither words them nor decides where a
finding points: the usage rules do (NZ501-NZ508), each its own kinds. ``rule`` is the
catalogue id of the rule that reports the kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

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
from nzconfig.domain.counter.provenance import ImportedReport
from nzconfig.loading.loader import Document


@dataclass(frozen=True, slots=True)
class Problem:
    rule: ClassVar[str]
    doc: Document  # the cost file (an institution file for SharedIdentifier)


@dataclass(frozen=True, slots=True)
class SharedIdentifier(Problem):
    """``member`` lists, at ``index`` of its ``counter_ids``, an identifier that ``first``
    (the member before it in code order) lists too."""

    rule = INSTITUTION
    member: str
    index: int
    identifier: str
    first: str


@dataclass(frozen=True, slots=True)
class UnmappedMetric(Problem):
    """The cost file's ``usage_metric`` is no COUNTER Metric_Type and policies/usage.yaml
    maps it to none."""

    rule = METRIC
    usage_metric: str


@dataclass(frozen=True, slots=True)
class YearProblem(Problem):
    fiscal_year: str  # a key of ``usage_imports``


@dataclass(frozen=True, slots=True)
class OtherMetric(YearProblem):
    """The year was imported as ``imported``; ``usage_metric`` is ``metric`` now."""

    rule = METRIC
    usage_metric: str
    metric: str
    imported: str


@dataclass(frozen=True, slots=True)
class OtherMonths(YearProblem):
    """The policy's months of the year are ``months``; the import's ran from ``first_month``
    to ``last_month``."""

    rule = PERIOD
    months: tuple[str, ...]
    first_month: str
    last_month: str


@dataclass(frozen=True, slots=True)
class MonthsMissing(YearProblem):
    """``member``'s reports (its last at ``index``) cover none of ``missing``."""

    rule = PERIOD
    member: str
    index: int
    missing: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NoReport(YearProblem):
    """A participant whose usage of the year no report gave."""

    rule = NO_REPORT
    member: str


@dataclass(frozen=True, slots=True)
class ReportProblem(YearProblem):
    report: ImportedReport


@dataclass(frozen=True, slots=True)
class NotMember(ReportProblem):
    """The report's member has no institution file."""

    rule = INSTITUTION


@dataclass(frozen=True, slots=True)
class IdentifierNotListed(ReportProblem):
    """The report's Institution_ID is not among its member's ``counter_ids``."""

    rule = INSTITUTION


@dataclass(frozen=True, slots=True)
class UnsupportedReport(ReportProblem):
    """A Report_ID nzconfig reads no usage from."""

    rule = REPORT_TYPE


@dataclass(frozen=True, slots=True)
class UnsupportedRelease(ReportProblem):
    rule = REPORT_TYPE


@dataclass(frozen=True, slots=True)
class IncompleteUsage(ReportProblem):
    """One of the report's exceptions (``exception``, as recorded) says usage is missing."""

    rule = INCOMPLETE_USAGE
    exception: str


@dataclass(frozen=True, slots=True)
class OtherException(ReportProblem):
    """Any other exception than information (code 0)."""

    rule = EXCEPTION
    exception: str


@dataclass(frozen=True, slots=True)
class YearNotInUsage(YearProblem):
    """The year was imported, but ``usage`` has no such year."""

    rule = PROVENANCE


@dataclass(frozen=True, slots=True)
class FigureWithoutReport(YearProblem):
    """``usage`` has a figure for ``member``, which no imported report of the year gave."""

    rule = PROVENANCE
    member: str


@dataclass(frozen=True, slots=True)
class FigureEdited(YearProblem):
    """``member``'s figure in ``usage`` is not ``expected``, the sum of its reports' parts."""

    rule = PROVENANCE
    member: str
    figure: object
    expected: int


@dataclass(frozen=True, slots=True)
class FigureMissing(YearProblem):
    """``member``'s reports were imported, but ``usage`` has no figure for it."""

    rule = PROVENANCE
    member: str
