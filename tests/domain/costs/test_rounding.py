from __future__ import annotations

import math
import random
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nzconfig.domain.costs.rounding import (
    cents,
    exact_sum,
    is_whole_cents,
    largest_remainder,
    largest_remainder_of,
)


def test_a_thousand_dollars_over_three_equal_shares_adds_up_to_the_cent() -> None:
    third = Fraction(1000, 3)
    assert largest_remainder({"BBB": third, "AAA": third, "CCC": third}, 100000) == {
        "AAA": 33334, "BBB": 33333, "CCC": 33333}


def test_the_largest_remainders_get_the_cents() -> None:
    shares = {"A": Fraction("0.004"), "B": Fraction("0.009"), "C": Fraction("0.007")}
    assert largest_remainder(shares, 2) == {"A": 0, "B": 1, "C": 1}


def test_random_splits_add_up_and_stay_within_a_cent() -> None:
    rng = random.Random(6)
    for _ in range(300):
        weights = {f"M{i}": Fraction(rng.randint(0, 10**6)) for i in range(rng.randint(1, 9))}
        total_cents = rng.randint(0, 10**9)
        whole = sum(weights.values()) or Fraction(1)
        exact = {k: Fraction(total_cents, 100) * w / whole for k, w in weights.items()}
        if not any(weights.values()):
            exact = {k: Fraction(0) for k in weights}
            total_cents = 0
        got = largest_remainder(exact, total_cents)
        assert sum(got.values()) == total_cents
        assert all(abs(Fraction(got[k], 100) - exact[k]) < Fraction(1, 100) for k in exact)


def test_an_impossible_total_is_refused() -> None:
    with pytest.raises(ValueError):
        largest_remainder({"A": Fraction(1)}, 500)


def test_cents_round_half_up() -> None:
    assert cents(Fraction("0.005")) == 1
    assert cents(Fraction("0.0049")) == 0
    assert cents(Fraction("2.675")) == 268
    assert is_whole_cents(Fraction("10.10")) and not is_whole_cents(Fraction("10.101"))


def _by_fractions(exact: dict[str, Fraction], total_cents: int) -> dict[str, int]:
    """The method as defined, one Fraction at a time (what the integer path must give)."""
    floors = {k: math.floor(v * 100) for k, v in exact.items()}
    for k in sorted(exact, key=lambda k: (-(exact[k] * 100 - floors[k]), k))[
            :total_cents - sum(floors.values())]:
        floors[k] += 1
    return floors


@given(st.dictionaries(st.sampled_from("ABCDEFGH"),
                       st.fractions(min_value=-10**6, max_value=10**6, max_denominator=10**4),
                       min_size=1),
       st.integers(0, 8))
def test_the_integer_path_gives_the_fractions_cents(exact: dict[str, Fraction],
                                                    extra: int) -> None:
    total = sum(math.floor(v * 100) for v in exact.values()) + min(extra, len(exact))
    expected = _by_fractions(exact, total)
    assert largest_remainder(exact, total) == expected
    # The same cents over one denominator, positive or negative.
    common = math.lcm(*(v.denominator for v in exact.values()))
    scaled = {k: v.numerator * (common // v.denominator) * 100 for k, v in exact.items()}
    assert largest_remainder_of(scaled, common, total) == expected
    assert largest_remainder_of({k: -v for k, v in scaled.items()}, -common, total) == expected


def test_an_exact_sum_is_the_sum() -> None:
    values = [Fraction(1, 3), Fraction(1, 6), Fraction(-7, 10), Fraction(5)]
    assert exact_sum(values) == sum(values) == Fraction(144, 30)
    assert exact_sum([]) == 0 and exact_sum([Fraction(2, 4)]).denominator == 2
