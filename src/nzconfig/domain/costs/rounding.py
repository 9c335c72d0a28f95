"""Exact shares to cents that add up exactly: the largest-remainder method.

Each share is first cut down to the cent; the cents still missing from the total then go
one each to the shares that lost the most, ties broken by member code (so the result never
depends on file order). No share moves by a cent or more from its exact value.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
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
    floors = {key: math.floor(value * 100) for key, value in exact.items()}
    left = total_cents - sum(floors.values())
    if not 0 <= left <= len(exact):
        raise ValueError(f"cannot share {total_cents} cents over {dict(exact)}")
    by_remainder = sorted(exact, key=lambda key: (-(exact[key] * 100 - floors[key]), key))
    for key in by_remainder[:left]:
        floors[key] += 1
    return floors
