"""The tabular reader: the R5.1 TSV fixture, its CSV/BOM/CRLF variants, and one defect each
positioned at its row and column."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from nzconfig.domain.counter import CounterError, open_report
from tests.domain.counter.reports import BLUE_TSV, errors, read, text, totals


def write(tmp_path: Path, body: str, name: str = "report.tsv", *, bom: bool = False,
          crlf: bool = False) -> Path:
    if crlf:
        body = body.replace("\n", "\r\n")
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + body.encode("utf-8"))
    return path


def rows() -> list[list[str]]:
    return [line.split("\t") for line in text(BLUE_TSV).splitlines()]


def tsv(table: list[list[str]]) -> str:
    return "".join("\t".join(row) + "\n" for row in table)


def test_the_r51_fixture_reads_with_its_header() -> None:
    report, records = read(BLUE_TSV)
    header = report.header
    assert (header.report_id, header.release, header.family) == ("TR_B1", "5.1", "TR")
    assert header.institution_ids == ("ISNI:0000000000000011", "fictpub:BLUE-001")
    assert header.months[0] == "2023-01" and header.months[-1] == "2023-12"
    assert header.filters["Data_Type"] == ("Book", "Reference_Work")
    assert header.created == "2024-01-15T09:11:12Z"
    assert header.registry_record.startswith("https://registry.projectcounter.org/")
    assert totals(records) == {"Total_Item_Requests": 2400, "Unique_Title_Requests": 1000}
    first = records[0]
    assert first.line == 16 and first.item.name == "Fictitious Title 1"
    assert set(first.item.ids) == {"DOI:10.9999/fict01", "Proprietary:fictpub:T01",
                                   "ISBN:979-8-88888-001-1", "URI:https://doi.org/10.9999/fict01"}
    assert first.item.data_type == "Book"
    assert len(report.sha256) == 64 and report.problems == []


@pytest.mark.parametrize(("bom", "crlf"), [(False, False), (True, True), (False, True)])
def test_byte_order_mark_and_windows_line_ends_read_the_same(tmp_path: Path, bom: bool,
                                                             crlf: bool) -> None:
    _, expected = read(BLUE_TSV)
    _, found = read(write(tmp_path, text(BLUE_TSV), bom=bom, crlf=crlf))
    assert found == expected


def test_csv_reads_like_tsv(tmp_path: Path) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows())
    _, expected = read(BLUE_TSV)
    report, found = read(write(tmp_path, out.getvalue(), "report.csv", bom=True))
    assert report.format == "csv" and found == expected


def test_r5_header_has_twelve_rows(tmp_path: Path) -> None:
    table = rows()
    table[2][1] = "5"
    del table[12]  # Registry_Record is R5.1's
    report, found = read(write(tmp_path, tsv(table)))
    assert report.header.release == "5" and report.header.registry_record == ""
    assert found[0].line == 15


def test_missing_header_row(tmp_path: Path) -> None:
    table = rows()
    del table[5]  # Metric_Types
    [d] = errors(write(tmp_path, tsv(table)))
    assert (d.rule, d.line, d.column) == ("NZ509", 6, 1)
    assert "`Metric_Types` missing" in d.message


def test_no_header_block_at_all(tmp_path: Path) -> None:
    [d] = errors(write(tmp_path, tsv(rows()[14:])))
    assert (d.line, d.column) == (1, 1) and "header block is missing" in (d.hint or "")


def test_wrong_report_id(tmp_path: Path) -> None:
    table = rows()
    table[1][1] = "BR2"  # an R4 report
    [d] = errors(write(tmp_path, tsv(table)))
    assert (d.rule, d.line, d.column) == ("NZ506", 2, 2)
    assert "`BR2` is not a COUNTER R5 report id" in d.message


def test_item_report_is_not_read(tmp_path: Path) -> None:
    table = rows()
    table[1][1] = "IR_A1"
    [d] = errors(write(tmp_path, tsv(table)))
    assert d.rule == "NZ506" and "Item Report" in d.message


def test_unsupported_release(tmp_path: Path) -> None:
    table = rows()
    table[2][1] = "4"
    found = errors(write(tmp_path, tsv(table)))
    assert found[0].rule == "NZ506" and (found[0].line, found[0].column) == (3, 2)


def test_month_column_missing(tmp_path: Path) -> None:
    table = rows()
    at = table[14].index("Mar-2023")
    for row in table[14:]:
        del row[at]
    [d] = errors(write(tmp_path, tsv(table)))
    assert (d.rule, d.line) == ("NZ509", 15) and "no column `Mar-2023`" in d.message


def test_text_in_a_number_cell(tmp_path: Path) -> None:
    table = rows()
    at = table[14].index("May-2023")
    table[16][at] = "n/a"
    report, records = read(write(tmp_path, tsv(table)))
    [d] = report.problems
    assert (d.rule, d.line, d.column) == ("NZ509", 17, at + 1)
    assert "`n/a` where a count is expected" in d.message
    assert len(records) == 4  # the other rows are still read, so every defect shows at once


def test_total_that_does_not_add_up(tmp_path: Path) -> None:
    table = rows()
    at = table[14].index("Reporting_Period_Total")
    table[15][at] = str(int(table[15][at]) + 1)
    [d] = errors(write(tmp_path, tsv(table)))
    assert (d.line, d.column) == (16, at + 1) and "add up to" in d.message


def test_unknown_metric_type(tmp_path: Path) -> None:
    table = rows()
    table[15][12] = "Book_Downloads"
    [d] = errors(write(tmp_path, tsv(table)))
    assert (d.line, d.column) == (16, 13) and "not a COUNTER Metric_Type" in d.message


def test_short_row(tmp_path: Path) -> None:
    table = rows()
    table[15] = table[15][:20]
    [d] = errors(write(tmp_path, tsv(table)))
    assert (d.line, d.column) == (16, 21) and "the row has 20 cells" in d.message


def test_period_not_whole_months(tmp_path: Path) -> None:
    table = rows()
    table[9][1] = "Begin_Date=2023-01-15; End_Date=2023-12-31"
    [d] = errors(write(tmp_path, tsv(table)))
    assert (d.line, d.column) == (10, 2) and "not the first day of a month" in d.message


def test_bad_exceptions_and_created(tmp_path: Path) -> None:
    table = rows()
    table[8][1] = "usage not ready"
    table[10][1] = "15/01/2024"
    found = errors(write(tmp_path, tsv(table)))
    assert [(d.line, d.column) for d in found] == [(9, 2), (11, 2)]


def test_exceptions_are_parsed(tmp_path: Path) -> None:
    table = rows()
    table[8][1] = ("3031: Usage Not Ready for Requested Dates (request was for 2023-01-01 to "
                   "2023-12-31; however, usage is only available to 2023-08-31); 3040: "
                   "Partial Data Returned")
    report, _ = read(write(tmp_path, tsv(table)))
    codes = [(e.code, e.message) for e in report.header.exceptions]
    assert codes == [(3031, "Usage Not Ready for Requested Dates"),
                     (3040, "Partial Data Returned")]
    assert report.header.exceptions[0].data.endswith("2023-08-31")


def test_monthly_details_excluded(tmp_path: Path) -> None:
    table = rows()
    table[7][1] = "Exclude_Monthly_Details=True"
    [d] = errors(write(tmp_path, tsv(table)))
    assert (d.line, d.column) == (8, 2) and "monthly details" in d.message


def test_blank_row_required(tmp_path: Path) -> None:
    table = rows()
    del table[13]
    [d] = errors(write(tmp_path, tsv(table)))
    assert (d.line, d.column) == (14, 1) and "must be blank" in d.message


def test_not_utf8(tmp_path: Path) -> None:
    path = write(tmp_path, text(BLUE_TSV))
    path.write_bytes(path.read_bytes().replace(b"Blue University", b"Blue Universit\xe9"))
    [d] = errors(path)
    assert (d.line, d.column) == (4, 32) and "not UTF-8" in d.message


def test_nul_byte_is_a_diagnostic(tmp_path: Path) -> None:
    path = write(tmp_path, text(BLUE_TSV).replace("Fictitious Title 1", "Fict\0", 1))
    [d] = errors(path)
    assert (d.rule, d.line, d.column) == ("NZ509", 16, 5)


def test_empty_and_irregular_files(tmp_path: Path) -> None:
    empty = write(tmp_path, "")
    assert "empty" in errors(empty)[0].message
    folder = tmp_path / "folder.tsv"
    folder.mkdir()
    assert [d.rule for d in errors(folder)] == ["NZ509"]
    fifo = tmp_path / "fifo.tsv"
    os.mkfifo(fifo)
    with pytest.raises(CounterError, match="not a regular file"), open_report(fifo, "f.tsv"):
        pass
