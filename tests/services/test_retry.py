"""Retry-After as every service client reads it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from nzconfig.services.retry import retry_after


def test_seconds_dates_and_nonsense() -> None:
    assert retry_after("3") == 3.0
    assert retry_after(" 1.5 ") == 1.5
    assert retry_after("-4") == 0.0
    assert retry_after(None) is None and retry_after("") is None
    assert retry_after("soon") is None and retry_after("nan") is None and retry_after("inf") is None
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    wait = retry_after(later)
    assert wait is not None and 25 <= wait <= 31
    assert retry_after(format_datetime(datetime(2000, 1, 1, tzinfo=UTC), usegmt=True)) == 0.0
