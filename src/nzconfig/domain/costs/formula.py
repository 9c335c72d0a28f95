"""One resource's cost shares for one fiscal year, as seed 003 states the formula.

Pay-to-play: each member's FTE (the average of its most recent three years at or before the
fiscal year, or the contract's first year, fewer where fewer exist) times the FTE
multiplier. The rest of the invoice is divided by each member's share of the participants'
total usage, averaged over up to the three most recent years before the fiscal year; with
no usage history yet (the first year), the usage of a surrogate resource whose
participating members are exactly the same.

``compute`` returns the shares, or the problems that stop it (problems.py: facts, which the
cost rules word), never both wrong: a share is computed only from data that passed every
check.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from nzconfig.domain.costs import problems as p
from nzconfig.domain.costs.model import CostYear, Policy, Resource
from nzconfig.domain.costs.problems import Problem
from nzconfig.domain.costs.rounding import (
    cents,
    exact_sum,
    is_whole_cents,
    largest_remainder_of,
)
from nzconfig.loading.model import Network


@dataclass(frozen=True, slots=True)
class Line:
    """One member's row of the seed's table. Money is in cents."""

    member: str
    name: str | None
    fte: Fraction  # average
    fte_years: tuple[str, ...]
    usage: Fraction  # average
    usage_share: Fraction
    multiplier: Fraction
    pay_to_play: int
    usage_contribution: int
    total: int

    @property
    def pay_to_play_share(self) -> Fraction | None:
        """Pay-to-play as a share of the member's total (None when the total is zero)."""
        return pay_share(self.pay_to_play, self.total)


def pay_share(pay_to_play: int, total: int) -> Fraction | None:
    return Fraction(pay_to_play, total) if total else None


Column = Sequence[int]  # an array("q") or, where a value is too large for one, a tuple


def _column(values: list[int]) -> Column:
    """Integers as a machine-word array (8 bytes each, not an int object and a pointer), or
    as a tuple where one is too large for a word (an exact sum may be)."""
    try:
        return array("q", values)
    except OverflowError:
        return tuple(values)


@dataclass(frozen=True, slots=True)
class Shares:
    """A resource's fiscal year's shares, kept as columns by member code: a wide consortium
    has hundreds of thousands of lines, which validation reads once (NZ306, through
    ``payments``); the Line objects are made when ``lines`` is first read (pages, `cost`)."""

    resource: Resource
    year: CostYear
    multiplier: Fraction
    usage_source: Resource  # the resource itself, or its surrogate
    usage_years: tuple[str, ...]
    members: tuple[str, ...]  # by code
    names: tuple[str | None, ...]
    ftes: tuple[tuple[Fraction, tuple[str, ...]], ...]  # average and its years
    summed: Column  # a member's usage over the years used: summed / usage_unit is its average
    usage_unit: int
    total_summed: int  # summed's total: a member's usage share is summed / total_summed
    pay_cents: Column
    usage_cents: Column
    _lines: tuple[Line, ...] | None = field(default=None, init=False, repr=False,
                                            compare=False)

    @property
    def lines(self) -> tuple[Line, ...]:
        """One Line per member, by code (made once, then kept with the shares)."""
        lines = self._lines
        if lines is None:
            unit, total, multiplier = self.usage_unit, self.total_summed, self.multiplier
            lines = tuple(
                Line(m, name, fte, years, Fraction(s, unit), Fraction(s, total), multiplier,
                     pay, use, pay + use)
                for m, name, (fte, years), s, pay, use in zip(
                    self.members, self.names, self.ftes, self.summed, self.pay_cents,
                    self.usage_cents, strict=True))
            object.__setattr__(self, "_lines", lines)  # frozen: as Collection.members is set
        return lines

    def payments(self) -> Iterator[tuple[str, int, int]]:
        """Each member's code, pay-to-play and total (cents), without making its Line."""
        for m, pay, use in zip(self.members, self.pay_cents, self.usage_cents, strict=True):
            yield m, pay, pay + use

    @property
    def invoice(self) -> int:
        return self.pay_to_play + self.usage_contribution

    @property
    def pay_to_play(self) -> int:
        return sum(self.pay_cents)

    @property
    def usage_contribution(self) -> int:
        return sum(self.usage_cents)

    @property
    def fte(self) -> Fraction:
        return exact_sum(fte for fte, _ in self.ftes)

    @property
    def usage(self) -> Fraction:
        return Fraction(sum(self.summed), self.usage_unit)

    @property
    def surrogate(self) -> bool:
        return self.usage_source is not self.resource


def fte_average(data: object, fiscal_year: str, count: int) -> tuple[Fraction, tuple[str, ...]]:
    """The average of the most recent ``count`` FTE figures at or before ``fiscal_year``."""
    fte = data if isinstance(data, dict) else {}
    years = sorted(y for y in fte if y <= fiscal_year)[-count:]
    if not years:
        return Fraction(0), ()
    return exact_sum(Fraction(fte[y]) for y in years) / len(years), tuple(years)


def _fte(network: Network, code: str, data: object, as_of: str, count: int,
         ) -> tuple[Fraction, tuple[str, ...]]:
    """fte_average, once per member and year for the Network: every resource a member takes
    part in averages the same figures."""
    memo: dict[tuple[str, str, int], tuple[Fraction, tuple[str, ...]]] = network.derived(
        "cost-fte-averages", dict)
    found = memo.get((code, as_of, count))
    if found is None:
        found = memo[code, as_of, count] = fte_average(data, as_of, count)
    return found


def compute(network: Network, resource: Resource, fiscal_year: str, policy: Policy,
            resources: dict[str, Resource]) -> tuple[Shares | None, list[Problem]]:
    """The shares, or (None and) the problems that stop the formula, in the order met."""
    year = resource.years[fiscal_year]
    problems: list[Problem] = []
    if not is_whole_cents(year.invoice):
        problems.append(p.InvoiceNotInCents(resource, fiscal_year))
    multiplier = year.multiplier if year.multiplier is not None else policy.multiplier
    if multiplier is None:
        problems.append(p.NoMultiplier(resource, fiscal_year))

    if year.fte_as_of > fiscal_year:
        problems.append(p.FteAsOfLater(resource, fiscal_year))
    ftes: dict[str, tuple[Fraction, tuple[str, ...]]] = {}
    seen: set[str] = set()
    unreadable = False
    for index, code in enumerate(year.members):
        if code in seen:
            problems.append(p.ListedTwice(resource, fiscal_year, index=index, code=code))
            continue
        seen.add(code)
        institution = network.institutions.get(code)
        if institution is None:
            if code in network.extra_codes:
                # Its file broke its schema (reported there): nothing to compute from.
                unreadable = True
            else:
                problems.append(p.NotMember(resource, fiscal_year, index=index, code=code))
            continue
        as_of = min(year.fte_as_of, fiscal_year)
        # The memo's own pair, not a copy: the Shares keep it per member.
        ftes[code] = found = _fte(network, code, institution.data.get("fte"), as_of,
                                  policy.fte_years)
        if not found[1]:
            problems.append(p.NoFte(resource, fiscal_year, index=index, code=code,
                                    as_of=as_of))
    members = sorted(seen)

    source, usage_years = _usage_source(resource, year, policy, resources, problems)
    if source is not None:
        _check_coverage(resource, year, source, usage_years, members, problems,
                        set(network.institutions) | network.extra_codes)
    if problems or unreadable or source is None or multiplier is None:
        return None, problems

    # Exact values first; cents only at the end, so that nothing is rounded twice. Each sum
    # is taken in integers over one common denominator (exact, as Fractions are, without a
    # gcd per addition): ``summed[m] / (unit * len(usage_years))`` is m's average usage.
    figures = [source.usage[y][m] for m in members for y in usage_years]
    unit = math.lcm(*(x.denominator for x in figures))
    scaled = [x.numerator * (unit // x.denominator) for x in figures]
    per = len(usage_years)
    summed = {m: sum(scaled[i * per:(i + 1) * per]) for i, m in enumerate(members)}
    total_summed = sum(summed.values())
    # Pay-to-play, FTE x multiplier, likewise: ``pay_scaled[m] / pay_unit`` (unreduced).
    fte_unit = math.lcm(*(ftes[m][0].denominator for m in members))
    pay_unit = fte_unit * multiplier.denominator
    pay_scaled = {m: ftes[m][0].numerator * (fte_unit // ftes[m][0].denominator)
                  * multiplier.numerator for m in members}
    pay_total = Fraction(sum(pay_scaled.values()), pay_unit)
    if pay_total > year.invoice:
        fte = exact_sum(f for f, _ in ftes.values())
        return None, [p.OverInvoice(resource, fiscal_year, fte=fte, multiplier=multiplier,
                                    pay_to_play=pay_total)]
    if total_summed == 0:
        return None, [p.ZeroUsage(resource, fiscal_year, source=source,
                                  usage_years=usage_years)]

    invoice_cents = cents(year.invoice)
    pay_cents = largest_remainder_of({m: 100 * x for m, x in pay_scaled.items()}, pay_unit,
                                     cents(pay_total))
    rest = invoice_cents - sum(pay_cents.values())
    # m's exact usage contribution in cents: rest * (its share, summed[m] / total_summed).
    usage_cents = largest_remainder_of({m: rest * summed[m] for m in members}, total_summed,
                                       rest)
    return Shares(resource, year, multiplier, source, usage_years, tuple(members),
                  tuple(_name(network, m) for m in members), tuple(ftes[m] for m in members),
                  _column([summed[m] for m in members]), unit * per, total_summed,
                  _column([pay_cents[m] for m in members]),
                  _column([usage_cents[m] for m in members])), problems


def _name(network: Network, code: str) -> str | None:
    institution = network.institutions.get(code)
    return None if institution is None else institution.name


def _usage_source(resource: Resource, year: CostYear, policy: Policy,
                  resources: dict[str, Resource], problems: list[Problem],
                  ) -> tuple[Resource | None, tuple[str, ...]]:
    """Whose usage shares the invoice, over which years (seed 003: own, or a surrogate's)."""
    fy = year.fiscal_year
    own = tuple(resource.usage_years_before(fy, policy.usage_years))
    if own:
        if year.surrogate is not None:
            problems.append(p.SurrogateNotNeeded(resource, fy, own=own))
        return resource, own
    if year.surrogate is None:
        problems.append(p.NoUsage(resource, fy))
        return None, ()
    surrogate = resources.get(year.surrogate)
    if surrogate is None or surrogate is resource:
        others = tuple(r for r in resources if r != resource.id)
        problems.append(p.SurrogateUnknown(resource, fy, others=others))
        return None, ()
    borrowed = tuple(surrogate.usage_years_before(fy, policy.usage_years))
    if not borrowed:
        problems.append(p.SurrogateWithoutUsage(resource, fy, surrogate=surrogate))
        return None, ()
    theirs = surrogate.year_at_or_before(fy)
    if theirs is None:
        problems.append(p.SurrogateWithoutYear(resource, fy, surrogate=surrogate))
        return None, ()
    if set(year.members) != set(theirs.members):
        problems.append(p.SurrogateMembers(resource, fy, surrogate=surrogate, theirs=theirs))
        return None, ()
    return surrogate, borrowed


def _check_coverage(resource: Resource, year: CostYear, source: Resource,
                    usage_years: tuple[str, ...], members: list[str],
                    problems: list[Problem], known: set[str]) -> None:
    """Every participant has a usage figure in every year used: a missing one is not zero;
    and a figure for a code that is no institution is a typo, not something to ignore."""
    fy = year.fiscal_year
    for y in usage_years:
        if source is resource:
            problems += [p.UsageOfNoMember(resource, fy, usage_year=y, code=code)
                         for code in sorted(c for c in source.usage[y] if c not in known)]
        missing = tuple(m for m in members if m not in source.usage[y])
        if missing:
            problems.append(p.UsageMissing(resource, fy, source=source, usage_year=y,
                                           missing=missing))
