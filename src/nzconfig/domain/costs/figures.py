"""Exact numbers as the reports print them: money with thousands separators, percentages.

Printing rounds half up; the computation never rounds except to cents (rounding.py). The
printed figures are made with integer arithmetic where that gives the digits ``decimal``
gives (a wide consortium's pages print a million of them); ``decimal`` is the definition.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction


def decimal(value: Fraction, places: int = 2) -> Decimal:
    """``value`` rounded half up to ``places`` decimals (exact: no float on the way)."""
    with localcontext() as ctx:
        ctx.prec = 60
        quotient = Decimal(value.numerator) / Decimal(value.denominator)
        return quotient.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


# The integer path below gives decimal()'s digits while the numerator times 10**places stays
# under this: decimal() divides to 60 significant digits before rounding, and a quotient
# that small is nearer to none of the halfway points than that division's error (a value
# n/d off a halfway point is off by at least 1/(2 d 10**places)).
_EXACT_BELOW = 10**58


def _fixed(numerator: int, denominator: int, places: int) -> tuple[str, str]:
    """numerator / denominator (> 0) rounded half up to ``places`` (> 0) decimals, as
    ``decimal`` prints it, with and without thousands separators; through decimal() itself
    for a negative or a huge value."""
    scaled = numerator * 10**places
    if numerator < 0 or scaled >= _EXACT_BELOW:
        exact = decimal(Fraction(numerator, denominator), places)
        return f"{exact:,}", str(exact)
    units, rest = divmod((2 * scaled + denominator) // (2 * denominator), 10**places)
    plain = f"{units}.{rest:0{places}d}"
    if units < 1000:  # the separators as money_forms puts them in
        return plain, plain
    if units < 1000000:
        return f"{plain[:-places - 4]},{plain[-places - 4:]}", plain
    return f"{units:,}.{rest:0{places}d}", plain


# Each figure's two forms come from one computation: the tables print both, a million times.
def money_forms(cents: int) -> tuple[str, str]:
    """``1234567`` -> ``12,345.67`` (locale-independent, so output is the same everywhere)
    and ``12345.67`` (for CSV and JSON, which a spreadsheet reads as a number)."""
    if cents >= 0:  # nearly every figure: its separator put in by slicing, not formatting
        units, rest = divmod(cents, 100)
        plain = f"{units}.{rest:02d}"
        if units < 1000:
            return plain, plain
        if units < 1000000:
            return f"{plain[:-6]},{plain[-6:]}", plain
        return f"{units:,}.{rest:02d}", plain
    units, rest = divmod(-cents, 100)
    return f"-{units:,}.{rest:02d}", f"-{units}.{rest:02d}"


def number_forms(value: Fraction | int) -> tuple[str, str]:
    """A count or an average: ``3,000`` when whole, else two decimals (``3,033.33``)."""
    if value.denominator == 1:
        whole = value.numerator
        plain = str(whole)
        if 0 <= whole < 1000:
            return plain, plain
        if 0 <= whole < 1000000:
            return f"{plain[:-3]},{plain[-3:]}", plain
        return f"{whole:,}", plain
    return _fixed(value.numerator, value.denominator, 2)


def percent_forms(share: Fraction | None) -> tuple[str, str]:
    """``Fraction(1, 40)`` -> ``2.50%`` and ``2.50``; None (no total to divide by) -> empty."""
    if share is None:
        return "", ""
    return percent_of(share.numerator, share.denominator)


def percent_of(part: int, whole: int) -> tuple[str, str]:
    """``percent_forms(Fraction(part, whole))`` for a positive ``whole``, unreduced."""
    scaled = part * 10000
    if part < 0 or scaled >= _EXACT_BELOW:
        plain = _fixed(part * 100, whole, 2)[1]
    else:  # _fixed's integer path, without the form with separators (never printed)
        units, rest = divmod((2 * scaled + whole) // (2 * whole), 100)
        plain = f"{units}.{rest:02d}"
    return f"{plain}%", plain


def money(cents: int) -> str:
    return money_forms(cents)[0]


def plain_money(cents: int) -> str:
    return money_forms(cents)[1]


def number(value: Fraction) -> str:
    return number_forms(value)[0]


def plain_number(value: Fraction) -> str:
    return number_forms(value)[1]


def percent(share: Fraction | None) -> str:
    return percent_forms(share)[0]


def plain_percent(share: Fraction | None) -> str:
    return percent_forms(share)[1]


def share_percent(share: Fraction, against: Fraction) -> str:
    """``share`` in percent, with as many decimals as it takes (two at least) not to look
    equal to ``against`` or to 100% when it is not: 99.9997% is not shown as 100.00%."""
    if (share * 100).denominator == 1:
        return f"{share * 100}%"
    places = 2
    while True:
        shown = _down(share * 100, places)
        if places >= 8 or all(shown != _down(x * 100, places) or share == x
                              for x in (against, Fraction(1))):
            return f"{shown:,}%"
        places += 1


def span(years: tuple[str, ...]) -> str:
    """Fiscal years as a range: ``2021-2023``, or the one year (``no years`` for none)."""
    if not years:
        return "no years"
    return years[0] if len(years) == 1 else f"{years[0]}-{years[-1]}"


def _down(value: Fraction, places: int) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 60
        quotient = Decimal(value.numerator) / Decimal(value.denominator)
        return quotient.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)


def _places(value: Fraction) -> int:
    """The decimals ``value`` needs to be written exactly (6 where no number is enough)."""
    d, places = value.denominator, 0
    while d % 10 == 0:
        d, places = d // 10, places + 1
    twos = fives = 0
    while d % 2 == 0:
        d, twos = d // 2, twos + 1
    while d % 5 == 0:
        d, fives = d // 5, fives + 1
    return places + max(twos, fives) if d == 1 and places < 30 else 6


def rate(value: Fraction) -> str:
    """A multiplier as written in the seed's table: ``0.35`` (at least two decimals), and
    exactly as given (``0.3456789``), never rounded."""
    text = str(decimal(value, max(_places(value), 2))).rstrip("0")
    whole, _, fraction = text.partition(".")
    return f"{whole}.{fraction.ljust(2, '0')}"
