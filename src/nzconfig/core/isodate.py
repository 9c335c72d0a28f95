"""Dates in the data: YAML 1.2 keeps ``2024-07-01`` as text; the schema checks its form,
this turns it into a date (or None when the calendar has no such day, e.g. 2024-02-30).
Also the date a run counts as today (waivers' expiry, rules about the future)."""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from nzconfig.core.errors import FatalError

TODAY_VARIABLE = "NZCONFIG_TODAY"


def today() -> date:
    """Today, or the date in $NZCONFIG_TODAY (YYYY-MM-DD), so that runs can be reproduced."""
    text = os.environ.get(TODAY_VARIABLE)
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise FatalError(f"{TODAY_VARIABLE}={text!r} is not a date (YYYY-MM-DD)") from None


def parse(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
