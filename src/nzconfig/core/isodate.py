"""Dates in the data: YAML 1.2 keeps ``2024-07-01`` as text; the schema checks its form,
this turns it into a date (or None when the calendar has no such day, e.g. 2024-02-30)."""

from __future__ import annotations

from datetime import date
from typing import Any


def parse(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
