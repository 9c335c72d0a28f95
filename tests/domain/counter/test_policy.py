"""Fiscal years and the metric mapping of policies/usage.yaml."""

from __future__ import annotations

import pytest

from nzconfig.domain.counter.policy import UsagePolicy


def test_calendar_years_by_default() -> None:
    policy = UsagePolicy()
    assert policy.months("2023") == tuple(f"2023-{m:02d}" for m in range(1, 13))
    assert policy.fiscal_year("2023-12") == "2023"


@pytest.mark.parametrize(("named_after", "label", "first", "last"),
                         [("end", "2024", "2023-07", "2024-06"),
                          ("start", "2023", "2023-07", "2024-06")])
def test_july_years(named_after: str, label: str, first: str, last: str) -> None:
    policy = UsagePolicy(first_month=7, named_after=named_after)
    months = policy.months(label)
    assert (months[0], months[-1], len(months)) == (first, last, 12)
    assert {policy.fiscal_year(m) for m in months} == {label}
    assert policy.fiscal_year("2023-06") != label


def test_metric_mapping() -> None:
    policy = UsagePolicy()
    assert policy.metric("Book & Chapter Downloads") == "Unique_Title_Requests"
    assert policy.metric("Unique_Item_Requests") == "Unique_Item_Requests"
    assert policy.metric("Downloads") is None
    assert UsagePolicy(metrics={"Downloads": "Total_Item_Requests"}).metric(
        "Downloads") == "Total_Item_Requests"
