"""The tabular form of an R5 or R5.1 report: TSV (as the Code of Practice requires) or CSV,
UTF-8 with or without a byte-order mark, any line ends.

Layout (Code of Practice 5.0.3 and 5.1, section 3.2.1 "Report Header"): rows 1-12 (R5) or
1-13 (R5.1) are name/value pairs in columns A and B, the next row is blank, then the column
headings and one row per report item, metric type and attribute set, with a
Reporting_Period_Total and one column per month (``Mmm-yyyy``).
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from nzconfig.core.diagnostics import Diagnostic
from nzconfig.domain.counter.common import (
    check_release,
    check_report_id,
    created_ok,
    parse_exceptions,
    parse_pairs,
    period_problem,
)
from nzconfig.domain.counter.model import (
    CounterError,
    Header,
    Item,
    Report,
    Usage,
    problem,
)
from nzconfig.domain.counter.source import hashed_lines
from nzconfig.domain.counter.vocabulary import (
    FAMILIES,
    HEADER,
    HEADER_R5,
    ITEM_IDS,
    METRIC_TYPES,
    MONTHS,
)

_Reader = Any  # csv.reader's type (_csv.Reader) is not public

MAX_COLUMNS = 500
MAX_PROBLEMS = 50
_MONTH = re.compile(r"^(" + "|".join(MONTHS) + r")-(\d{4})$")
_DELIMITERS = "\t,;"


def read_tabular(stream: BinaryIO, name: str) -> Report:
    """The report in ``stream`` with its header checked; raises CounterError when the header
    block or the column headings are wrong (nothing after them can be read safely)."""
    digest = hashlib.sha256()
    lines = _decoded(hashed_lines(stream, digest, name), name)
    first = next(lines, "")
    delimiter = _delimiter(first, name)
    reader = csv.reader(_chain(first, lines), delimiter=delimiter, strict=True)
    return read_rows(reader, name, "tsv" if delimiter == "\t" else "csv", digest.hexdigest)


def read_rows(reader: _Reader, name: str, form: str, sha256: Callable[[], str]) -> Report:
    """The tabular layout from rows of cells (``reader`` iterates lists of text and tells
    its ``line_num``): a TSV or CSV file's, or a spreadsheet's."""
    try:
        header, headings, heading_line = _header(reader, name)
        columns = _columns(header, headings, heading_line, name)
    except csv.Error as exc:
        raise CounterError([problem(name, reader.line_num, 1, f"not readable as "
                                    f"{form.upper()}: {exc}")]) from None
    report = Report(name, form, header, iter(()), [])
    report.records = _records(reader, columns, report, sha256)
    return report


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _decoded(lines: Iterator[bytes], name: str) -> Iterator[str]:
    for number, raw in enumerate(lines, 1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if b"\0" in raw:
            column = len(raw[:raw.index(b"\0")].decode("utf-8", "replace")) + 1
            raise CounterError([problem(name, number, column, "a NUL byte: not a text "
                                        "report")])
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            column = len(raw[:exc.start].decode("utf-8", "replace")) + 1
            raise CounterError([problem(
                name, number, column, f"byte 0x{raw[exc.start]:02x} is not UTF-8",
                "COUNTER reports are UTF-8: save the file as UTF-8 (in Excel: "
                "\"CSV UTF-8\" or \"Unicode Text\")")]) from None


def _delimiter(first: str, name: str) -> str:
    text = first.lstrip('"')
    if text.startswith("Report_Name"):
        after = text[len("Report_Name"):].lstrip('"')[:1]
        if after in _DELIMITERS and after:
            return after
    cell = re.split(r"[\t,;\r\n]", first, maxsplit=1)[0].strip('"')
    hint = ("the report starts with its column headings: the 12-row (R5) or 13-row (R5.1) "
            "header block is missing; export the report again with its header"
            if cell in ("Title", "Database", "Platform", "Item") else
            "a COUNTER R5 tabular report starts with the row `Report_Name`, then its value "
            "separated by a tab (TSV) or a comma (CSV)")
    raise CounterError([problem(name, 1, 1, f"expected `Report_Name` in column A of row 1, "
                                f"found `{cell[:60]}`", hint)])


def _blank(row: list[str]) -> bool:
    return not any(cell.strip() for cell in row)


def _header(reader: _Reader, name: str,
            ) -> tuple[Header, list[str], int]:
    values: dict[str, str] = {}
    where: dict[str, tuple[int, int]] = {}
    expected: tuple[str, ...] = HEADER_R5
    index = 0
    line = 0
    while index < len(expected):
        row = next(reader, None)
        line += 1
        want = expected[index]
        if row is None:
            raise CounterError([problem(name, line, 1, f"the report ends in its header: "
                                        f"row {line} should be `{want}`")])
        cell = row[0].strip() if row else ""
        if cell != want:
            later = expected[index + 1:]
            if cell in later:
                missing = ", ".join(f"`{n}`" for n in expected[index:expected.index(cell)])
                message = f"header row {missing} missing before `{cell}`"
            elif _blank(row) or cell in ("Title", "Database", "Platform"):
                message = (f"the header ends at row {line}: rows `{want}` to "
                           f"`{expected[-1]}` are missing")
            else:
                message = f"expected `{want}` in column A of row {line}, found `{cell[:60]}`"
            raise CounterError([problem(
                name, line, 1, message, "the header's names in column A must appear exactly "
                "as the Code of Practice gives them (section 3.2.1, Table 3.f), one per row")])
        values[want] = row[1].strip() if len(row) > 1 else ""
        where[want] = (line, 2)
        if want == "Release":
            unsupported = check_release(name, values[want], where[want])
            if unsupported is not None:  # its layout is unknown: read no further
                raise CounterError([unsupported])
            expected = HEADER[values[want]]
        index += 1
    row = next(reader, None)
    line += 1
    if row is None or not _blank(row):
        found = "the end of the file" if row is None else f"`{row[0][:60]}`"
        raise CounterError([problem(name, line, 1, f"row {line} must be blank (it separates "
                                    f"the header from the body), found {found}")])
    headings = next(reader, None)
    line += 1
    if headings is None or _blank(headings):
        raise CounterError([problem(name, line, 1, "no column headings after the header")])
    return _header_values(values, where, name), [h.strip() for h in headings], line


def _header_values(values: dict[str, str], where: dict[str, tuple[int, int]],
                   name: str) -> Header:
    problems: list[Diagnostic] = []
    release, report_id = values["Release"], values["Report_ID"]
    for found in (check_release(name, release, where["Release"]),
                  check_report_id(name, report_id, where["Report_ID"])):
        if found is not None:
            problems.append(found)
    begin = end = ""
    period = parse_pairs(values["Reporting_Period"]) or {}
    if set(period) == {"Begin_Date", "End_Date"}:
        begin, end = period["Begin_Date"][0], period["End_Date"][0]
        why = period_problem(begin, end)
    else:
        why = "write it `Begin_Date=yyyy-mm-dd; End_Date=yyyy-mm-dd`"
    if why:
        problems.append(problem(name, *where["Reporting_Period"], f"Reporting_Period "
                                f"`{values['Reporting_Period']}` is not a period of whole "
                                f"months: {why}"))
    exceptions = parse_exceptions(values["Exceptions"])
    if exceptions is None:
        problems.append(problem(name, *where["Exceptions"], "Exceptions are written "
                                "`{code}: {message} ({data})`, separated by `; `"))
    filters = parse_pairs(values["Report_Filters"])
    attributes = parse_pairs(values["Report_Attributes"])
    for element, parsed in (("Report_Filters", filters), ("Report_Attributes", attributes)):
        if parsed is None:
            problems.append(problem(name, *where[element], f"{element} are written "
                                    "`Name=value|value; Name=value`"))
    if not created_ok(values["Created"]):
        problems.append(problem(name, *where["Created"], f"Created `{values['Created']}` "
                                "is not an RFC 3339 date and time (yyyy-mm-ddThh:mm:ssZ)"))
    if (attributes or {}).get("Exclude_Monthly_Details", ("False",))[0] == "True":
        problems.append(problem(name, *where["Report_Attributes"], "the report excludes its "
                                "monthly details: usage by fiscal year needs the months",
                                "run the report again without Exclude_Monthly_Details"))
    if problems:
        raise CounterError(problems)
    return Header(
        report_id=report_id, report_name=values["Report_Name"], release=release,
        institution_name=values["Institution_Name"],
        institution_ids=tuple(i.strip() for i in values["Institution_ID"].split(";")
                              if i.strip()),
        metric_types=tuple(m.strip() for m in values["Metric_Types"].split(";") if m.strip()),
        filters=filters or {}, attributes=attributes or {}, exceptions=exceptions or (),
        begin=begin, end=end, created=values["Created"], created_by=values["Created_By"],
        registry_record=values.get("Registry_Record", ""), where=where)


class _Columns:
    __slots__ = ("count", "data_type", "ids", "metric", "months", "name", "platform",
                 "publisher", "total", "values")

    def __init__(self) -> None:
        self.count = 0
        self.name = self.platform = self.metric = self.total = -1
        self.publisher = self.data_type = -1
        self.ids: tuple[tuple[str, int], ...] = ()
        self.values: tuple[int, ...] = ()  # the month columns, in the order of `months`
        self.months: tuple[str, ...] = ()


def _columns(header: Header, headings: list[str], line: int, name: str) -> _Columns:
    problems: list[Diagnostic] = []
    if len(headings) > MAX_COLUMNS:
        raise CounterError([problem(name, line, MAX_COLUMNS + 1,
                                    f"more than {MAX_COLUMNS} columns")])
    while headings and not headings[-1]:
        headings.pop()
    seen: dict[str, int] = {}
    month_at: dict[str, int] = {}
    for index, heading in enumerate(headings):
        if heading in seen:
            problems.append(problem(name, line, index + 1, f"column `{heading}` appears twice "
                                    f"(columns {seen[heading] + 1} and {index + 1})"))
        seen[heading] = index
        match = _MONTH.match(heading)
        if match:
            month_at[f"{match[2]}-{MONTHS.index(match[1]) + 1:02d}"] = index
    cols = _Columns()
    cols.count = len(headings)
    item_column = FAMILIES[header.report_id]
    for heading in dict.fromkeys((item_column, "Platform", "Metric_Type",
                                  "Reporting_Period_Total")):
        if heading not in seen:
            problems.append(problem(name, line, 1, f"no `{heading}` column in the column "
                                    f"headings of a {header.report_id} report"))
    wanted = header.months
    for month in wanted:
        if month not in month_at:
            label = f"{MONTHS[int(month[5:]) - 1]}-{month[:4]}"
            problems.append(problem(
                name, line, len(headings) + 1, f"no column `{label}`: the reporting period "
                f"{header.begin} to {header.end} has a column for each month",
                "the month columns follow Reporting_Period_Total, one per month, `Mmm-yyyy`"))
    for month, index in month_at.items():
        if month not in wanted:
            problems.append(problem(name, line, index + 1, f"column `{headings[index]}` is "
                                    f"outside the reporting period {header.period}"))
    if problems:
        raise CounterError(problems)
    cols.name, cols.platform = seen[item_column], seen["Platform"]
    cols.metric, cols.total = seen["Metric_Type"], seen["Reporting_Period_Total"]
    cols.publisher = seen.get("Publisher", -1)
    cols.data_type = seen.get("Data_Type", -1)
    cols.ids = tuple((ns, seen[column]) for column, ns in ITEM_IDS.items() if column in seen)
    cols.months = wanted
    cols.values = tuple(month_at[m] for m in wanted)
    return cols


def _records(reader: _Reader, cols: _Columns, report: Report,
             sha256: Callable[[], str]) -> Iterator[Usage]:
    name, problems = report.file, report.problems
    months, count = cols.months, cols.count
    try:
        for row in reader:
            line = reader.line_num
            if len(problems) >= MAX_PROBLEMS:
                problems.append(problem(name, line, 1, f"more than {MAX_PROBLEMS} malformed "
                                        "rows: the rest of the report is not checked"))
                return
            if not row or (not row[0].strip() and _blank(row)):
                continue  # a trailing empty line, or a spreadsheet's formatted empty rows
            if len(row) != count:
                if len(row) < count:
                    problems.append(problem(name, line, len(row) + 1, f"the row has "
                                            f"{len(row)} cells, the column headings {count}"))
                    continue
                if any(c.strip() for c in row[count:]):
                    problems.append(problem(name, line, count + 1, f"a value beyond the last "
                                            f"column (`{row[count][:40]}`)"))
                    continue
            metric = row[cols.metric].strip()
            if metric not in METRIC_TYPES and ":" not in metric:
                problems.append(problem(name, line, cols.metric + 1, f"`{metric[:60]}` is not "
                                        "a COUNTER Metric_Type"))
                continue
            counts = []
            bad = False
            for index in cols.values:
                cell = row[index].strip()
                if cell.isdigit() and cell.isascii():
                    counts.append(int(cell))
                else:
                    problems.append(_not_count(name, line, index, cell))
                    bad = True
                    break
            if bad:
                continue
            total_cell = row[cols.total].strip()
            if not (total_cell.isdigit() and total_cell.isascii()):
                problems.append(_not_count(name, line, cols.total, total_cell))
                continue
            if int(total_cell) != sum(counts):
                problems.append(problem(name, line, cols.total + 1, f"Reporting_Period_Total "
                                        f"is {total_cell} but the months add up to "
                                        f"{sum(counts)}"))
                continue
            ids = tuple(f"{ns}:{row[i].strip()}" for ns, i in cols.ids if row[i].strip())
            item = Item(row[cols.name].strip(), row[cols.platform].strip(),
                        row[cols.publisher].strip() if cols.publisher >= 0 else "",
                        ids, row[cols.data_type].strip() if cols.data_type >= 0 else "")
            yield Usage(line, item, metric, months, tuple(counts))
    except csv.Error as exc:
        problems.append(problem(name, reader.line_num, 1,
                                f"not readable as {report.format.upper()}: {exc}"))
        return
    report.sha256 = sha256()


def _not_count(name: str, line: int, index: int, cell: str) -> Diagnostic:
    shown = f"`{cell[:40]}`" if cell else "an empty cell"
    return problem(name, line, index + 1, f"{shown} where a count is expected",
                   "usage counts are whole numbers without separators (0 for no usage)")
