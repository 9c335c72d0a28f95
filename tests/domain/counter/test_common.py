"""Checks shared by the tabular and JSON readers (domain.counter.common)."""

from __future__ import annotations

from datetime import date

import pytest

from nzconfig.domain.counter.common import (
    check_release,
    check_report_id,
    created_ok,
    parse_date,
    parse_exceptions,
    parse_pairs,
    period_problem,
)
from nzconfig.domain.counter.ids import REPORT_TYPE
from nzconfig.domain.counter.model import CounterException


def test_release() -> None:
    assert check_release("r.tsv", "5", (3, 2)) is None
    assert check_release("r.tsv", "5.1", (3, 2)) is None
    found = check_release("r.tsv", "4", (3, 2))
    assert found is not None
    assert (found.rule, found.line, found.column, found.message) == (
        REPORT_TYPE, 3, 2, "COUNTER release `4` is not supported")


def test_report_id() -> None:
    assert check_report_id("r", "TR_B1", (2, 2)) is None
    item = check_report_id("r", "IR_A1", (2, 2))
    assert item is not None and item.message.startswith("`IR_A1` is an Item Report")
    other = check_report_id("r", "XX", (2, 2))
    assert other is not None and other.message == "`XX` is not a COUNTER R5 report id"
    assert other.hint is not None and other.hint.startswith("supported reports: TR, TR_B1")


def test_parse_date() -> None:
    assert parse_date("2024-02-29") == date(2024, 2, 29)
    assert parse_date("2023-02-29") is None
    assert parse_date("2024-2-01") is None and parse_date("2024-01-01T00") is None


@pytest.mark.parametrize(("begin", "end", "why"), [
    ("2023-01-01", "2023-12-31", None),
    ("2023-12-01", "2023-12-31", None),
    ("2024-02-01", "2024-02-29", None),
    ("2023-01-02", "2023-12-31", "Begin_Date 2023-01-02 is not the first day of a month"),
    ("2023-01-01", "2023-12-30", "End_Date 2023-12-30 is not the last day of a month"),
    ("2023-05-01", "2023-01-31", "End_Date 2023-01-31 is before Begin_Date 2023-05-01"),
    ("2023/01/01", "2023-01-31", "dates are written yyyy-mm-dd"),
])
def test_period_of_whole_months(begin: str, end: str, why: str | None) -> None:
    assert period_problem(begin, end) == why


def test_created_timestamps() -> None:
    assert created_ok("2024-01-15T09:11:12Z") and created_ok("2024-01-15T09:11:12.5+01:00")
    assert not created_ok("2024-01-15 09:11:12") and not created_ok("2024-01-15T09:11:12")


def test_exceptions() -> None:
    assert parse_exceptions("  ") == ()
    assert parse_exceptions("3031: Usage Not Ready for Requested Dates (2023-12); "
                            "3040: Partial Data Returned") == (
        CounterException(3031, "Usage Not Ready for Requested Dates", "2023-12"),
        CounterException(3040, "Partial Data Returned"))
    assert parse_exceptions("Usage not ready") is None
    assert parse_exceptions("3031: x; junk") is None


def test_pairs() -> None:
    assert parse_pairs("Data_Type=Book|Reference_Work; Access_Type=Controlled;") == {
        "Data_Type": ("Book", "Reference_Work"), "Access_Type": ("Controlled",)}
    assert parse_pairs("") == {}
    assert parse_pairs("Data_Type") is None and parse_pairs("=Book") is None
