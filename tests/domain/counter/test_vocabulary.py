"""COUNTER R5/R5.1 names the readers check against (domain.counter.vocabulary)."""

from __future__ import annotations

from nzconfig.domain.counter.vocabulary import (
    FAMILIES,
    HEADER,
    HEADER_R5,
    HEADER_R51,
    INCOMPLETE,
    ITEM_IDS,
    METRIC_TYPES,
    MONTHS,
    OTHER_REPORTS,
    RELEASES,
)


def test_the_header_rows_of_each_release() -> None:
    assert set(HEADER) == set(RELEASES) == {"5", "5.1"}
    assert len(HEADER_R5) == 12 and (*HEADER_R5, "Registry_Record") == HEADER_R51
    assert HEADER_R5[:3] == ("Report_Name", "Report_ID", "Release")


def test_report_families_name_their_item_column() -> None:
    assert {FAMILIES[r] for r in ("TR", "TR_B1", "TR_J4")} == {"Title"}
    assert FAMILIES["DR_D1"] == "Database" and FAMILIES["PR_P1"] == "Platform"
    assert not set(OTHER_REPORTS) & set(FAMILIES)
    assert all(r.split("_")[0] in FAMILIES for r in FAMILIES)


def test_metrics_ids_exceptions_and_months() -> None:
    assert "Unique_Title_Requests" in METRIC_TYPES and "Downloads" not in METRIC_TYPES
    assert ITEM_IDS["Proprietary_ID"] == "Proprietary"
    assert sorted(INCOMPLETE) == [3031, 3032, 3040]
    assert len(MONTHS) == 12 and MONTHS[0] == "Jan" and MONTHS[-1] == "Dec"
