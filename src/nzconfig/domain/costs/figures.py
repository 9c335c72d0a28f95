"""Exact numbers as the reports print them: money with thousands separators, percentages.

Printing rounds half up; the computation never rounds except to cents (rounding.py).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction


def decimal(value: Fraction, places: int = 2) -> Decimal:
    """``value`` rounded half up to ``places`` decimals (exact: no float on the way)."""
    with localcontext() as ctx:
        ctx.prec = 60
        quotient = Decimal(value.numerator) / Decimal(value.denominator)
        return quotient.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def money(cents: int) -> str:
    """``1234567`` -> ``12,345.67``: locale-independent, so output is the same everywhere."""
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{units:,}.{rest:02d}"


def plain_money(cents: int) -> str:
    """``1234567`` -> ``12345.67``: for CSV and JSON, which a spreadsheet reads as a number."""
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{units}.{rest:02d}"


def number(value: Fraction) -> str:
    """A count or an average: ``3,000`` when whole, else two decimals (``3,033.33``)."""
    if value.denominator == 1:
        return f"{value.numerator:,}"
    return f"{decimal(value):,}"


def plain_number(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return str(decimal(value))


def percent(share: Fraction | None) -> str:
    """``Fraction(1, 40)`` -> ``2.50%``; None (no total to divide by) -> empty."""
    return "" if share is None else f"{decimal(share * 100)}%"


def plain_percent(share: Fraction | None) -> str:
    return "" if share is None else str(decimal(share * 100))


def rate(value: Fraction) -> str:
    """A multiplier as written in the seed's table: ``0.35`` (at least two decimals)."""
    text = str(decimal(value, 6)).rstrip("0")
    whole, _, fraction = text.partition(".")
    return f"{whole}.{fraction.ljust(2, '0')}"
