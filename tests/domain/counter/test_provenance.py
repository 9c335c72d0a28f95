"""What `nzconfig usage import` recorded in a cost file (domain.counter.provenance)."""

from __future__ import annotations

from typing import Any

from nzconfig.domain.costs.model import resource
from nzconfig.domain.counter.provenance import (
    ImportedReport,
    imported_years,
    participants,
    using_year,
)
from nzconfig.loading.loader import Document


def _report(member: str, period: str = "2023-01-01/2023-12-31", **extra: Any) -> dict[str, Any]:
    return {"member": member, "file": f"{member}.tsv", "sha256": "a" * 64, "report": "TR_B1",
            "release": "5.1", "institution": f"ISNI:{member}", "period": period,
            "created": "2024-01-15T09:11:12Z", "usage": 7, **extra}


def test_imported_years_by_fiscal_year_in_order() -> None:
    data = {"usage_imports": {
        "2023": {"metric": "Unique_Title_Requests", "months": "2023-01/2023-12",
                 "reports": [_report("AAA"), _report("BBB", "2023-01-01/2023-06-30",
                                                     exceptions=["3031: Not Ready"]),
                             _report("AAA", "2023-07-01/2023-12-31")]},
        "2022": {"metric": "Total_Item_Requests", "months": "2022-07/2022-09"},
    }}
    years = imported_years(data)
    assert list(years) == ["2022", "2023"]
    assert years["2022"].reports == () and years["2022"].months == (
        "2022-07", "2022-08", "2022-09")
    year = years["2023"]
    assert (year.metric, year.first_month, year.last_month) == (
        "Unique_Title_Requests", "2023-01", "2023-12")
    assert year.reports[1] == ImportedReport(
        1, "BBB", "BBB.tsv", "a" * 64, "TR_B1", "5.1", "ISNI:BBB", "2023-01-01/2023-06-30",
        "2024-01-15T09:11:12Z", ("3031: Not Ready",), 7)
    assert year.reports[1].months[-1] == "2023-06" and len(year.reports[1].months) == 6
    assert {m: [r.index for r in rs] for m, rs in year.by_member().items()} == {
        "AAA": [0, 2], "BBB": [1]}
    assert imported_years({}) == {} and imported_years({"usage_imports": None}) == {}


def test_whose_usage_a_year_is_for() -> None:
    r = resource(Document("costs/p.yaml", {"name": "P", "currency": "USD", "years": {
        "2022": {"invoice": 1, "members": ["AAA"]},
        "2024": {"invoice": 1, "members": ["AAA", "BBB"]}}}))
    # Usage of 2023 divides the next invoice (2024); of 2021, 2022's.
    assert participants(r, "2023") == ("AAA", "BBB")
    assert participants(r, "2021") == ("AAA",)
    # After the last invoice: the latest at or before it.
    assert using_year(r, "2025") is r.years["2024"]
    empty = resource(Document("costs/q.yaml", {"name": "Q", "currency": "USD", "years": {}}))
    assert participants(empty, "2023") == () and using_year(empty, "2023") is None
