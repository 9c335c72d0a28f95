"""Retry-After as every service client reads it, and the wait before a retry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from nzconfig.services.retry import retry_after, wait_seconds


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


def test_the_wait_is_retry_after_else_a_doubling_backoff_both_capped() -> None:
    assert wait_seconds("3", 1, 60.0) == 3.0
    assert wait_seconds("0", 4, 60.0) == 0.0  # the server's word, even where backoff is longer
    assert [wait_seconds(None, a, 60.0) for a in range(4)] == [1.0, 2.0, 4.0, 8.0]
    assert wait_seconds("soon", 2, 60.0) == 4.0  # unreadable: the backoff
    assert wait_seconds("3600", 1, 60.0) == 60.0 and wait_seconds(None, 10, 60.0) == 60.0
