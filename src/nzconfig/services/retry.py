"""Retry-After, read one way for every service (RFC 9110: seconds or an HTTP date), and the
wait before a retry that follows from it."""

from __future__ import annotations

import math
import time
from email.utils import parsedate_to_datetime


def retry_after(value: str | None) -> float | None:
    """Seconds to wait, or None when the header is absent or unreadable (the caller's own
    backoff then applies); never negative, never infinite or NaN."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - time.time()
    return max(0.0, seconds) if math.isfinite(seconds) else None


def wait_seconds(header: str | None, attempt: int, cap: float) -> float:
    """How long to wait before retrying: the Retry-After ``header`` when it can be read, else
    a doubling backoff (``2 ** attempt`` seconds), at most ``cap`` either way.

    Confluence and SUSHI wait this way. Alma's client keeps its own on purpose: its base and
    longest wait are the consortium's settings (policies/alma.yaml ``retries``), and a
    Retry-After longer than the longest wait ends the run rather than being cut to it
    (docs/alma.md)."""
    seconds = retry_after(header)
    return min(2.0 ** attempt if seconds is None else seconds, cap)
