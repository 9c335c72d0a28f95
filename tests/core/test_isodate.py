"""Dates in the data, and the date a run counts as today."""

from __future__ import annotations

from datetime import date

import pytest

from nzconfig.core import isodate
from nzconfig.core.errors import FatalError


def test_parse_takes_real_dates_only() -> None:
    assert isodate.parse("2024-07-01") == date(2024, 7, 1)
    assert isodate.parse("2024-02-30") is None
    assert isodate.parse(20240701) is None


def test_today_comes_from_the_environment_when_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(isodate.TODAY_VARIABLE, "2026-01-15")
    assert isodate.today() == date(2026, 1, 15)
    monkeypatch.setenv(isodate.TODAY_VARIABLE, "soon")
    with pytest.raises(FatalError, match="NZCONFIG_TODAY"):
        isodate.today()
