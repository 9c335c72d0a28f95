"""The tabular form of an R5 or R5.1 report as an Excel workbook (.xlsx), which the Code of
Practice allows beside TSV (section 3.2). The first sheet is read row by row with openpyxl
in read-only mode and checked exactly as a TSV file is (tabular.read_rows): the same
positions, rows and columns of the sheet.

Spreadsheets turn text into numbers and dates: a Release of 5 comes back as the number 5
and a month heading typed as ``Jan-2023`` may come back as a date. Numbers are read back
as text (whole numbers without a decimal point), dates in a heading as ``Mmm-yyyy``,
date-times as RFC 3339. The workbook's uncompressed size is bounded before it is opened.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from nzconfig.domain.counter.model import CounterError, Report, problem
from nzconfig.domain.counter.source import MAX_TABULAR_BYTES, sha256_of
from nzconfig.domain.counter.tabular import read_rows
from nzconfig.domain.counter.vocabulary import MONTHS


class _Sheet:
    """Rows of a worksheet as lists of text, with the row number as ``line_num``."""

    def __init__(self, rows: Iterator[tuple[Any, ...]]) -> None:
        self._rows = rows
        self.line_num = 0

    def __iter__(self) -> _Sheet:
        return self

    def __next__(self) -> list[str]:
        row = next(self._rows)
        self.line_num += 1
        return [_text(value) for value in row]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.time() == datetime.min.time() and value.day == 1:
            return f"{MONTHS[value.month - 1]}-{value.year}"  # a month heading
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return f"{MONTHS[value.month - 1]}-{value.year}"
    return str(value)


def read_excel(path: Path, name: str) -> Report:
    try:
        with zipfile.ZipFile(path) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise CounterError([problem(name, 0, 0, f"not an Excel workbook (.xlsx): {exc}",
                                    "save the report as .xlsx, or export it as TSV")]) from None
    if size > MAX_TABULAR_BYTES:
        raise CounterError([problem(name, 0, 0, f"the workbook unpacks to {size:,} bytes, "
                                    f"more than the {MAX_TABULAR_BYTES:,} read")])
    import openpyxl  # only for workbooks: the other forms do not pay for it

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise CounterError([problem(name, 0, 0, f"the workbook cannot be read: "
                                    f"{type(exc).__name__}: {exc}")]) from None
    if not workbook.worksheets:
        raise CounterError([problem(name, 0, 0, "the workbook has no sheet")])
    sheet = workbook.worksheets[0]
    rows = _Sheet(sheet.iter_rows(values_only=True))
    digest = sha256_of(path)
    report = read_rows(rows, name, "xlsx", lambda: digest)
    records = report.records

    def closing() -> Iterator[Any]:
        try:
            yield from records
        finally:
            workbook.close()

    report.records = closing()
    return report
