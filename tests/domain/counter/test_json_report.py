"""The JSON reader: R5 (COUNTER_SUSHI 5.0) and R5.1 forms, and defects placed at the line
and column of the value."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.domain.counter.reports import BLUE_TSV, RED_JSON, YELLOW_JSON, errors, read, totals


def write(tmp_path: Path, data: Any, name: str = "report.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return path


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_r5_json() -> None:
    report, records = read(RED_JSON)
    header = report.header
    assert (header.report_id, header.release, header.period) == (
        "TR_B1", "5", "2023-01-01/2023-12-31")
    assert header.institution_ids == ("ISNI:0000000000000022", "fictpub:RED-002")
    assert header.metric_types == ("Total_Item_Requests", "Unique_Title_Requests")
    assert totals(records) == {"Total_Item_Requests": 24000, "Unique_Title_Requests": 11000}
    assert records[0].months == header.months
    assert "ISBN:979-8-88888-001-1" in records[0].item.ids


def test_r51_json() -> None:
    report, records = read(YELLOW_JSON)
    assert report.header.institution_ids == ("ISNI:0000000000000033", "fictpub:YEL-003")
    assert totals(records)["Unique_Title_Requests"] == 28000
    assert {r.item.data_type for r in records} == {"Book", "Reference_Work"}
    # Identifiers are named as in the tabular form (and in a cost file's `titles`).
    assert set(records[0].item.ids) == {"DOI:10.9999/fict01", "Proprietary:fictpub:T01",
                                        "ISBN:979-8-88888-001-1"}
    assert report.problems == [] and len(report.sha256) == 64


def test_same_usage_in_either_form(tmp_path: Path) -> None:
    """The blue TSV written as R5.1 JSON gives the same records' counts."""
    _, tabular = read(BLUE_TSV)
    months = tabular[0].months
    items: dict[str, Any] = {}
    for record in tabular:
        entry = items.setdefault(record.item.name, {
            "Title": record.item.name, "Platform": record.item.platform,
            "Attribute_Performance": [{"Data_Type": record.item.data_type, "Performance": {}}]})
        entry["Attribute_Performance"][0]["Performance"][record.metric] = dict(
            zip(months, record.counts, strict=True))
    data = load(YELLOW_JSON)
    data["Report_Items"] = list(items.values())
    _, found = read(write(tmp_path, data))
    assert sorted((r.item.name, r.metric, r.counts) for r in found) == sorted(
        (r.item.name, r.metric, r.counts) for r in tabular)


def test_syntax_error_has_its_position(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "Report_Header": {\n    "Release": "5.1",,\n', encoding="utf-8")
    [d] = errors(path)
    assert (d.rule, d.line, d.column) == ("NZ509", 3, 22)


def test_wrong_report_id_is_placed_at_its_value(tmp_path: Path) -> None:
    data = load(YELLOW_JSON)
    data["Report_Header"]["Report_ID"] = "JR1"
    [d] = errors(write(tmp_path, data))
    assert (d.rule, d.line, d.column) == ("NZ506", 4, 18)
    assert "`JR1`" in d.message


def test_text_in_a_count(tmp_path: Path) -> None:
    data = load(YELLOW_JSON)
    data["Report_Items"][1]["Attribute_Performance"][0]["Performance"][
        "Total_Item_Requests"]["2023-05"] = "12"
    path = write(tmp_path, data)
    [d] = errors(path)
    line = path.read_text().splitlines()[d.line - 1]
    assert line[d.column - 1:].startswith('"12"') and '"2023-05"' in line


def test_month_outside_the_period(tmp_path: Path) -> None:
    data = load(YELLOW_JSON)
    counts = data["Report_Items"][0]["Attribute_Performance"][0]["Performance"][
        "Unique_Title_Requests"]
    counts["2024-01"] = 3
    [d] = errors(write(tmp_path, data))
    assert "outside the reporting period" in d.message


def test_sushi_exception_instead_of_a_report(tmp_path: Path) -> None:
    body = {"Code": 3030, "Message": "No Usage Available for Requested Dates"}
    [d] = errors(write(tmp_path, body))
    assert "exception, not a report: 3030" in d.message


def test_r5_exceptions_and_r51_exceptions(tmp_path: Path) -> None:
    red = load(RED_JSON)
    red["Report_Header"]["Exceptions"] = [{"Code": 3031, "Severity": "Warning",
                                           "Message": "Usage Not Ready for Requested Dates",
                                           "Data": "usage is only available to 2023-08-31"}]
    report, _ = read(write(tmp_path, red, "red.json"))
    assert [e.code for e in report.header.exceptions] == [3031]
    yellow = load(YELLOW_JSON)
    yellow["Report_Header"]["Exceptions"] = [{"Code": 3040, "Message": "Partial Data Returned"}]
    report, _ = read(write(tmp_path, yellow, "yellow.json"))
    assert report.header.exceptions[0].text() == "3040: Partial Data Returned"


def test_totals_granularity_is_refused(tmp_path: Path) -> None:
    data = load(YELLOW_JSON)
    data["Report_Header"]["Report_Attributes"]["Granularity"] = "Totals"
    [d] = errors(write(tmp_path, data))
    assert "months" in d.message


def test_float_and_nan_counts(tmp_path: Path) -> None:
    path = tmp_path / "nan.json"
    path.write_text(RED_JSON.read_text().replace('"Count": 583', '"Count": NaN', 1))
    assert errors(path)[0].rule == "NZ509"
    data = load(RED_JSON)
    data["Report_Items"][0]["Performance"][0]["Instance"][0]["Count"] = 1.5
    [d] = errors(write(tmp_path, data))
    assert "where a count is expected" in d.message


def test_deep_nesting_is_a_diagnostic(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000, encoding="utf-8")
    [d] = errors(path)
    assert (d.rule, d.line, d.column) == ("NZ509", 1, 1) and "nested too deeply" in d.message
