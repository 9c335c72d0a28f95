"""Exact shares to cents that add up exactly: the largest-remainder method.

Each share is first cut down to the cent; the cents still missing from the total then go
one each to the shares that lost the most, ties broken by member code (so the result never
depends on file order). No share moves by a cent or more from its exact value.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from fractions import Fraction

RULE = (
    "Amounts are computed exactly and rounded to the cent by the largest-remainder method: "
    "pay-to-play in total is rounded half up to the cent and shared out; each member's share "
    "is cut down to the cent and the cents left over go one each to the members with the "
    "largest remainders (ties: by member code). The rest of the invoice is shared out by "
    "usage the same way, so every column adds up exactly and the totals make up the invoice "
    "to the cent."
)


def cents(amount: Fraction) -> int:
    """``amount`` (in currency units) rounded half up to whole cents."""
    return math.floor(amount * 100 + Fraction(1, 2))


def is_whole_cents(amount: Fraction) -> bool:
    return (amount * 100).denominator == 1


def largest_remainder(exact: Mapping[str, Fraction], total_cents: int) -> dict[str, int]:
    """Cents per key, adding up to ``total_cents``, each within a cent of ``exact`` (units).

    ``total_cents`` must be within len(exact) cents above the floors' sum, as it is when it
    is the exact total itself or that total rounded.
    """
    common = math.lcm(*(value.denominator for value in exact.values()))
    scaled = {key: value.numerator * (common // value.denominator) * 100
              for key, value in exact.items()}
    return largest_remainder_of(scaled, common, total_cents, exact)


def largest_remainder_of(scaled: Mapping[str, int], denominator: int, total_cents: int,
                         shown: Mapping[str, Fraction] | None = None) -> dict[str, int]:
    """``largest_remainder`` of the exact cents ``scaled[key] / denominator`` (not 0): all
    in integers, as a wide consortium's every resource and year takes it twice."""
    if denominator < 0:  # the remainders below are numerators over a positive one
        scaled, denominator = {key: -value for key, value in scaled.items()}, -denominator
    floors = {key: value // denominator for key, value in scaled.items()}
    left = total_cents - sum(floors.values())
    if not 0 <= left <= len(scaled):
        exact = dict(shown) if shown is not None else {
            key: Fraction(value, 100 * denominator) for key, value in scaled.items()}
        raise ValueError(f"cannot share {total_cents} cents over {exact}")
    if left:
        # The remainder's numerator over the one denominator orders them as the fractions.
        by_remainder = sorted(scaled, key=lambda key: (-(scaled[key] % denominator), key))
        for key in by_remainder[:left]:
            floors[key] += 1
    return floors


def exact_sum(values: Iterable[Fraction | int]) -> Fraction:
    """The exact sum over one common denominator: adding Fractions one at a time reduces
    every partial sum (a gcd each)."""
    found = list(values)
    common = math.lcm(*(value.denominator for value in found))
    return Fraction(sum(value.numerator * (common // value.denominator) for value in found),
                    common)
