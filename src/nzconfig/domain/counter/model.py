"""A COUNTER report as typed values: its header, and one record per report item, metric
and set of attributes. Months are ``YYYY-MM`` text; counts are whole numbers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.domain.counter.ids import FORMAT


@dataclass(frozen=True, slots=True)
class CounterException:
    """An exception in the report header ("3031: Usage Not Ready ... (data)")."""

    code: int
    message: str
    data: str = ""

    def text(self) -> str:
        return f"{self.code}: {self.message}" + (f" ({self.data})" if self.data else "")


@dataclass(frozen=True, slots=True)
class Header:
    report_id: str
    report_name: str
    release: str
    institution_name: str
    institution_ids: tuple[str, ...]  # "{namespace}:{value}", as in the tabular form
    metric_types: tuple[str, ...]
    filters: dict[str, tuple[str, ...]]
    attributes: dict[str, tuple[str, ...]]
    exceptions: tuple[CounterException, ...]
    begin: str  # YYYY-MM-DD
    end: str
    created: str
    created_by: str
    registry_record: str
    # element name -> (line, column) of its value, for findings about it
    where: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def family(self) -> str:
        return self.report_id.split("_")[0]

    @property
    def months(self) -> tuple[str, ...]:
        return months_between(self.begin[:7], self.end[:7])

    @property
    def period(self) -> str:
        return f"{self.begin}/{self.end}"

    def position(self, element: str) -> tuple[int, int]:
        return self.where.get(element, (1, 1))


@dataclass(frozen=True, slots=True)
class Item:
    """What a record counts: a title, a database or a platform, with its identifiers."""

    name: str
    platform: str
    publisher: str = ""
    ids: tuple[str, ...] = ()  # "{namespace}:{value}": ISBN:978-..., Online_ISSN:..., DOI:...
    data_type: str = ""


@dataclass(frozen=True, slots=True)
class Usage:
    line: int  # where the record is in the file (tabular: its row)
    item: Item
    metric: str
    months: tuple[str, ...]
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(slots=True)
class Report:
    """A report being read: the header is checked; ``records`` yields the body once,
    adding a diagnostic to ``problems`` for each malformed row instead of stopping;
    ``sha256`` is the file's digest once the records are consumed."""

    file: str
    format: str  # tsv | csv | json
    header: Header
    records: Iterator[Usage]
    problems: list[Diagnostic]
    sha256: str = ""


class CounterError(Exception):
    """The report cannot be read at all; the diagnostics say where and why."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.text() for d in diagnostics))
        self.diagnostics = diagnostics


def problem(file: str, line: int, column: int, message: str, hint: str | None = None,
            rule: str = FORMAT) -> Diagnostic:
    return Diagnostic(rule, Severity.ERROR, file, line, column, message, hint=hint)


def months_between(first: str, last: str) -> tuple[str, ...]:
    """``2022-11``, ``2023-02`` -> 2022-11, 2022-12, 2023-01, 2023-02 (empty if reversed)."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out: list[str] = []
    while (year, month) <= end and len(out) < 1200:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(out)
