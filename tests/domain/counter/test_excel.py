"""Excel workbooks: the blue TSV fixture written as a workbook the way a spreadsheet keeps
it (counts as numbers, a month heading turned into a date) reads as the TSV does; defects
are placed at the sheet's row and column."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

from tests.domain.counter.reports import BLUE_TSV, errors, read, text


def workbook(tmp_path: Path, change: dict[tuple[int, int], int | str | datetime] | None = None,
             ) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for r, line in enumerate(text(BLUE_TSV).splitlines(), 1):
        for c, cell in enumerate(line.split("\t"), 1):
            number = cell.isdigit() and r > 15 and c > 13
            value: int | str | datetime = int(cell) if number else cell
            if (r, c) == (15, 15):
                value = datetime(2023, 1, 1)  # "Jan-2023" as Excel would have made it a date
            if value != "":
                sheet.cell(r, c, value)
    for (r, c), value in (change or {}).items():
        sheet.cell(r, c, value)
    sheet.cell(40, 1, None)  # formatted but empty rows below the report are skipped
    path = tmp_path / "blue.xlsx"
    book.save(path)
    return path


def test_workbook_reads_as_the_tsv(tmp_path: Path) -> None:
    _, expected = read(BLUE_TSV)
    report, found = read(workbook(tmp_path))
    assert report.format == "xlsx" and report.header.release == "5.1"
    assert found == expected and len(report.sha256) == 64


def test_text_in_a_count_is_placed_in_the_sheet(tmp_path: Path) -> None:
    [d] = errors(workbook(tmp_path, {(17, 20): "n/a"}))
    assert (d.rule, d.line, d.column) == ("NZ509", 17, 20)


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    path.write_text("Report_Name\tx\n", encoding="utf-8")
    [d] = errors(path)
    assert d.rule == "NZ509" and "not an Excel workbook" in d.message
