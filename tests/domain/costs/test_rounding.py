from __future__ import annotations

import random
from fractions import Fraction

import pytest

from nzconfig.domain.costs.rounding import cents, is_whole_cents, largest_remainder


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
