"""A COUNTER report as typed values (domain.counter.model)."""

from __future__ import annotations

from nzconfig.core.diagnostics import Severity
from nzconfig.domain.counter.ids import FORMAT, METRIC
from nzconfig.domain.counter.model import (
    CounterError,
    CounterException,
    Header,
    Item,
    Usage,
    months_between,
    problem,
)


def _header(**where: tuple[int, int]) -> Header:
    return Header("TR_B1", "Book Requests", "5.1", "U", ("ISNI:1",), ("Unique_Title_Requests",),
                  {}, {}, (), "2022-11-01", "2023-02-28", "2023-03-01T00:00:00Z", "P", "",
                  where)


def test_months_between() -> None:
    assert months_between("2022-11", "2023-02") == ("2022-11", "2022-12", "2023-01", "2023-02")
    assert months_between("2023-02", "2023-02") == ("2023-02",)
    assert months_between("2023-03", "2023-02") == ()
    assert len(months_between("0001-01", "9999-12")) == 1200  # bounded


def test_header_family_months_period_and_positions() -> None:
    header = _header(Release=(3, 2))
    assert header.family == "TR"
    assert header.months == ("2022-11", "2022-12", "2023-01", "2023-02")
    assert header.period == "2022-11-01/2023-02-28"
    assert header.position("Release") == (3, 2) and header.position("Created") == (1, 1)


def test_exception_text() -> None:
    assert CounterException(3031, "Not Ready", "2023-12").text() == "3031: Not Ready (2023-12)"
    assert CounterException(3040, "Partial").text() == "3040: Partial"


def test_usage_total() -> None:
    usage = Usage(9, Item("Book", "Platform"), "Unique_Title_Requests", ("2023-01", "2023-02"),
                  (3, 4))
    assert usage.total == 7 and usage.item.ids == ()


def test_problem_and_error() -> None:
    found = problem("r.tsv", 4, 2, "bad", "fix it")
    assert (found.rule, found.severity, found.hint) == (FORMAT, Severity.ERROR, "fix it")
    assert problem("r", 1, 1, "m", rule=METRIC).rule == METRIC
    error = CounterError([found, problem("r.tsv", 5, 1, "worse")])
    assert str(error) == (f"r.tsv:4:2: error [{FORMAT}] bad\n    hint: fix it; "
                          f"r.tsv:5:1: error [{FORMAT}] worse")
    assert len(error.diagnostics) == 2
