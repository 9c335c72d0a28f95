"""Exact numbers as the cost reports print them (domain.costs.figures)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nzconfig.domain.costs.figures import (
    decimal,
    money,
    number,
    percent,
    percent_forms,
    percent_of,
    plain_money,
    plain_number,
    plain_percent,
    rate,
    share_percent,
)


def test_decimal_rounds_half_up_exactly() -> None:
    assert decimal(Fraction(5, 1000)) == Decimal("0.01")
    assert decimal(Fraction(-5, 1000)) == Decimal("-0.01")
    assert decimal(Fraction(1, 3), 4) == Decimal("0.3333")
    # A float would make 2.675 round down.
    assert decimal(Fraction("2.675")) == Decimal("2.68")


@pytest.mark.parametrize(("cents", "shown", "plain"), [
    (0, "0.00", "0.00"), (5, "0.05", "0.05"), (1234567, "12,345.67", "12345.67"),
    (-100001, "-1,000.01", "-1000.01"),
])
def test_money(cents: int, shown: str, plain: str) -> None:
    assert (money(cents), plain_money(cents)) == (shown, plain)


def test_numbers_whole_or_two_decimals() -> None:
    assert number(Fraction(3000)) == "3,000" and plain_number(Fraction(3000)) == "3000"
    assert number(Fraction(9100, 3)) == "3,033.33"
    assert plain_number(Fraction(9100, 3)) == "3033.33"


def test_percentages() -> None:
    assert percent(Fraction(1, 40)) == "2.50%" and percent(None) == ""
    assert plain_percent(Fraction(1, 40)) == "2.50" and plain_percent(None) == ""


def test_a_multiplier_is_printed_exactly() -> None:
    assert rate(Fraction("0.3456789")) == "0.3456789"
    assert rate(Fraction("0.35")) == "0.35"
    assert rate(Fraction("2")) == "2.00"
    assert rate(Fraction(1, 3)) == "0.333333"  # no exact decimal: six places


def test_a_share_just_under_a_bound_is_not_shown_as_the_bound() -> None:
    assert share_percent(Fraction("0.999997"), Fraction("0.9")) == "99.99%"  # never 100.00%
    assert share_percent(Fraction("0.9"), Fraction("0.9")) == "90%"
    assert share_percent(Fraction("0.955"), Fraction("0.9")) == "95.50%"
    assert share_percent(Fraction("0.9000001"), Fraction("0.9")) == "90.00001%"


@given(st.fractions(min_value=-10**15, max_value=10**15), st.integers(0, 30))
def test_printed_figures_are_decimals_digits(value: Fraction, scale: int) -> None:
    """The integer path prints what decimal() gives, at halfway points, for negative
    values and for values too large for it (where it falls back to decimal(), up to
    decimal()'s own limit of 60 digits)."""
    for x in (value, value * 10**scale, value / 10**scale, Fraction(2 * value.numerator + 1,
                                                                   200 * value.denominator)):
        assert number(x) == (f"{x.numerator:,}" if x.denominator == 1
                             else f"{decimal(x):,}")
        assert plain_number(x) == (str(x.numerator) if x.denominator == 1 else str(decimal(x)))
        assert percent(x) == f"{decimal(x * 100)}%"
        assert plain_percent(x) == str(decimal(x * 100))


@given(st.integers(-10**12, 10**12), st.integers(1, 10**12))
def test_a_ratio_unreduced_prints_as_its_fraction(part: int, whole: int) -> None:
    assert percent_of(part, whole) == percent_forms(Fraction(part, whole)) == (
        f"{decimal(Fraction(part * 100, whole))}%", str(decimal(Fraction(part * 100, whole))))
