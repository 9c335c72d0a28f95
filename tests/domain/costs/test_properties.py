"""Properties of the formula on random data (hypothesis): the contributions always make up
the invoice to the cent, every column adds up, and no amount strays from its exact value."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from nzconfig.domain.costs.formula import compute
from nzconfig.domain.costs.model import Policy, resource
from nzconfig.loading.loader import Document
from nzconfig.loading.model import Institution, Network

CODES = ("AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG")
YEARS = ("2020", "2021", "2022", "2023", "2024")


@st.composite
def cases(draw: st.DrawFn) -> dict[str, Any]:
    members = draw(st.lists(st.sampled_from(CODES), min_size=1, max_size=7, unique=True))
    fte = {m: {y: draw(st.integers(0, 60_000))
               for y in draw(st.lists(st.sampled_from(YEARS), min_size=1, unique=True))}
           for m in members}
    usage_years = draw(st.lists(st.sampled_from(YEARS[:4]), min_size=1, unique=True))
    usage = {y: {m: draw(st.integers(0, 100_000)) for m in members} for y in usage_years}
    # The formula reads the three most recent usage years; all zero there is NZ307, a case
    # of its own (tests/rules), so one member used the resource at least once.
    used = sorted(usage_years)[-3:]
    if not any(usage[y][m] for y in used for m in members):
        usage[used[-1]][draw(st.sampled_from(members))] = 1
    return {"members": members, "fte": fte, "usage": usage,
            "invoice": draw(st.integers(1, 10**9)),  # cents
            "multiplier": draw(st.integers(0, 10_000))}  # ten-thousandths


def _average(values: list[int]) -> Fraction:
    return Fraction(sum(values), len(values))


@settings(max_examples=300, deadline=None)
@given(case=cases())
def test_contributions_make_up_the_invoice_to_the_cent(case: dict[str, Any]) -> None:
    network = Network(Path("."))
    for code, fte in case["fte"].items():
        network.institutions[code] = Institution(Document(f"institutions/{code}.yaml",
                                                          {"code": code, "fte": fte}))
    invoice = Fraction(case["invoice"], 100)
    multiplier = Fraction(case["multiplier"], 10_000)
    doc = Document("costs/r.yaml", {
        "name": "R", "currency": "USD",
        "years": {"2024": {"invoice": str(Decimal(case["invoice"]).scaleb(-2)),
                           "multiplier": str(Decimal(case["multiplier"]).scaleb(-4)),
                           "members": case["members"]}},
        "usage": case["usage"]})
    r = resource(doc)
    shares, problems = compute(network, r, "2024", Policy(), {"r": r})

    # The formula written out again, plainly: three most recent FTE years at or before
    # 2024, three most recent usage years before it.
    pay = {m: _average([f[y] for y in sorted(f)][-3:]) * multiplier
           for m, f in case["fte"].items()}
    used = sorted(case["usage"])[-3:]
    usage = {m: _average([case["usage"][y][m] for y in used]) for m in case["members"]}
    if sum(pay.values()) > invoice:
        assert shares is None and [p.rule for p in problems] == ["NZ305"]
        return
    assert shares is not None, problems
    assert shares.invoice == case["invoice"]
    assert shares.pay_to_play + shares.usage_contribution == case["invoice"]
    rest = invoice - sum(pay.values())
    for line in shares.lines:
        assert line.usage == usage[line.member]
        assert line.total == line.pay_to_play + line.usage_contribution
        assert line.pay_to_play >= 0 and line.usage_contribution >= 0
        assert abs(Fraction(line.pay_to_play, 100) - pay[line.member]) < Fraction(1, 100)
        exact = rest * usage[line.member] / sum(usage.values())
        # Within a cent of its share of the rest as rounded, itself within half a cent of
        # the exact rest.
        assert abs(Fraction(line.usage_contribution, 100) - exact) < Fraction(3, 200)
