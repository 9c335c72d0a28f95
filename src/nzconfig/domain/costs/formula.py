"""One resource's cost shares for one fiscal year, as seed 003 states the formula.

Pay-to-play: each member's FTE (the average of its most recent three years at or before the
fiscal year, or the contract's first year, fewer where fewer exist) times the FTE
multiplier. The rest of the invoice is divided by each member's share of the participants'
total usage, averaged over up to the three most recent years before the fiscal year; with
no usage history yet (the first year), the usage of a surrogate resource whose
participating members are exactly the same.

``compute`` returns the shares, or the problems that stop it (rule ids NZ301-NZ309), never
both wrong: a share is computed only from data that passed every check.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Protocol

from nzconfig.core.catalog import COST_AMOUNTS as AMOUNTS
from nzconfig.core.catalog import COST_CAP as CAP
from nzconfig.core.catalog import COST_FTE as FTE
from nzconfig.core.catalog import COST_MEMBERS as MEMBERS
from nzconfig.core.catalog import COST_OVER_INVOICE as OVER_INVOICE
from nzconfig.core.catalog import COST_SURROGATE as SURROGATE
from nzconfig.core.catalog import COST_USAGE as USAGE
from nzconfig.core.catalog import COST_ZERO_USAGE as ZERO_USAGE
from nzconfig.domain.costs.figures import money, number, rate, share_percent
from nzconfig.domain.costs.model import CostYear, Policy, Resource
from nzconfig.domain.costs.rounding import cents, is_whole_cents, largest_remainder
from nzconfig.loading.loader import Document, Path_
from nzconfig.loading.model import Network


@dataclass(frozen=True, slots=True)
class Problem:
    """A finding of one of the cost rules, before the engine gives it a severity."""

    rule: str
    doc: Document
    path: Path_
    message: str
    hint: str | None = None
    member: str | None = None
    at_key: bool = False


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
        return Fraction(self.pay_to_play, self.total) if self.total else None


@dataclass(frozen=True, slots=True)
class Shares:
    resource: Resource
    year: CostYear
    multiplier: Fraction
    usage_source: Resource  # the resource itself, or its surrogate
    usage_years: tuple[str, ...]
    lines: tuple[Line, ...]  # by member code

    @property
    def invoice(self) -> int:
        return sum(line.total for line in self.lines)

    @property
    def pay_to_play(self) -> int:
        return sum(line.pay_to_play for line in self.lines)

    @property
    def usage_contribution(self) -> int:
        return sum(line.usage_contribution for line in self.lines)

    @property
    def fte(self) -> Fraction:
        return sum((line.fte for line in self.lines), Fraction(0))

    @property
    def usage(self) -> Fraction:
        return sum((line.usage for line in self.lines), Fraction(0))

    @property
    def surrogate(self) -> bool:
        return self.usage_source is not self.resource


def fte_average(data: object, fiscal_year: str, count: int) -> tuple[Fraction, tuple[str, ...]]:
    """The average of the most recent ``count`` FTE figures at or before ``fiscal_year``."""
    fte = data if isinstance(data, dict) else {}
    years = sorted(y for y in fte if y <= fiscal_year)[-count:]
    if not years:
        return Fraction(0), ()
    return sum((Fraction(fte[y]) for y in years), Fraction(0)) / len(years), tuple(years)


def compute(network: Network, resource: Resource, fiscal_year: str, policy: Policy,
            resources: dict[str, Resource]) -> tuple[Shares | None, list[Problem]]:
    year = resource.years[fiscal_year]
    doc, here = resource.doc, year.path
    problems: list[Problem] = []

    def problem(rule: str, path: Path_, message: str, hint: str | None = None,
                member: str | None = None, at_key: bool = False) -> None:
        problems.append(Problem(rule, doc, path, message, hint, member, at_key))

    if not is_whole_cents(year.invoice):
        problem(AMOUNTS, (*here, "invoice"), f"the {fiscal_year} invoice is not in whole "
                f"cents of {resource.currency}", "give the invoice total as on the invoice, "
                "e.g. \"100000.00\"")
    multiplier = year.multiplier if year.multiplier is not None else policy.multiplier
    if multiplier is None:
        problem(AMOUNTS, here, f"no FTE multiplier for {fiscal_year}",
                "give `multiplier` (what each member pays per potential user) for the year, "
                "or a default `multiplier` in policies/costs.yaml", at_key=True)

    if year.fte_as_of > fiscal_year:
        problem(FTE, (*here, "fte_as_of"), f"FTE as of {year.fte_as_of} is later than the "
                f"fiscal year {fiscal_year}", "give the contract's first fiscal year, at or "
                f"before {fiscal_year}")
    ftes: dict[str, tuple[Fraction, tuple[str, ...]]] = {}
    seen: set[str] = set()
    unreadable = False
    for index, code in enumerate(year.members):
        at = (*here, "members", index)
        if code in seen:
            problem(MEMBERS, at, f"`{code}` is listed twice among the {fiscal_year} "
                    "participants", "list each member once", code)
            continue
        seen.add(code)
        institution = network.institutions.get(code)
        if institution is None:
            if code in network.extra_codes:
                # Its file broke its schema (reported there): nothing to compute from.
                unreadable = True
            else:
                problem(MEMBERS, at, f"`{code}` is not a member institution "
                        f"(no institutions/{code}.yaml)", None, code)
            continue
        as_of = min(year.fte_as_of, fiscal_year)
        average, years = fte_average(institution.data.get("fte"), as_of, policy.fte_years)
        if not years:
            problem(FTE, at, f"`{code}` has no FTE for {as_of} or earlier: its "
                    "pay-to-play cannot be computed",
                    f"add `fte: {{\"{as_of}\": ...}}` to institutions/{code}.yaml", code)
        ftes[code] = (average, years)
    members = sorted(seen)

    source, usage_years = _usage_source(resource, year, policy, resources, problem)
    if source is not None:
        _check_coverage(resource, year, source, usage_years, members, problem,
                        set(network.institutions) | network.extra_codes)
    if problems or unreadable or source is None or multiplier is None:
        return None, problems

    # Exact values first; cents only at the end, so that nothing is rounded twice.
    usage = {m: sum((source.usage[y][m] for y in usage_years), Fraction(0)) / len(usage_years)
             for m in members}
    total_usage = sum(usage.values(), Fraction(0))
    pay = {m: ftes[m][0] * multiplier for m in members}
    pay_total = sum(pay.values(), Fraction(0))
    if pay_total > year.invoice:
        where = (*here, "multiplier") if year.multiplier is not None else (*here, "invoice")
        problem(OVER_INVOICE, where,
                f"pay-to-play (FTE {number(sum((f for f, _ in ftes.values()), Fraction(0)))} "
                f"x {rate(multiplier)} per FTE) comes to {money(cents(pay_total))}, more than the "
                f"{fiscal_year} invoice of {money(cents(year.invoice))}",
                "lower the FTE multiplier: pay-to-play is the ante, the rest is shared by usage")
        return None, problems
    if total_usage == 0:
        label = source.usage_metric if source is resource else (
            f"{source.usage_metric} of surrogate `{source.id}`")
        problem(ZERO_USAGE, here,
                f"the participants' total usage ({label}, {_span(usage_years)}) is zero: the "
                "rest of the invoice cannot be divided by share of usage",
                "check the usage figures; with no usage at all, name a surrogate resource "
                "for the first year", at_key=True)
        return None, problems

    invoice_cents = cents(year.invoice)
    pay_cents = largest_remainder(pay, cents(pay_total))
    rest = invoice_cents - sum(pay_cents.values())
    shares = {m: usage[m] / total_usage for m in members}
    usage_cents = largest_remainder({m: Fraction(rest, 100) * shares[m] for m in members}, rest)
    lines = tuple(
        Line(m, _name(network, m), ftes[m][0], ftes[m][1], usage[m], shares[m], multiplier,
             pay_cents[m], usage_cents[m], pay_cents[m] + usage_cents[m])
        for m in members)
    for line in lines:
        share = line.pay_to_play_share
        # Seed 003: "no institution should be paying 90% of its total share" for the
        # privilege: the cap itself is already too much.
        if share is not None and share >= policy.cap:
            index = year.members.index(line.member)
            problem(CAP, (*here, "members", index),
                    f"`{line.member}` pays {money(line.pay_to_play)} of its "
                    f"{money(line.total)} ({fiscal_year}) as pay-to-play: "
                    f"{share_percent(share, policy.cap)}, at or above the "
                    f"{number(policy.cap * 100)}% cap",
                    "a lower FTE multiplier shifts the cost towards usage (seed 003: no "
                    "institution should pay most of its share just for the privilege)",
                    line.member)
    return Shares(resource, year, multiplier, source, usage_years, lines), problems


def _name(network: Network, code: str) -> str | None:
    institution = network.institutions.get(code)
    return None if institution is None else institution.name


def _span(years: tuple[str, ...]) -> str:
    if not years:
        return "no years"
    return years[0] if len(years) == 1 else f"{years[0]}-{years[-1]}"


class _Report(Protocol):
    def __call__(self, rule: str, path: Path_, message: str, hint: str | None = None,
                 member: str | None = None, at_key: bool = False) -> None: ...


def _usage_source(resource: Resource, year: CostYear, policy: Policy,
                  resources: dict[str, Resource], problem: _Report,
                  ) -> tuple[Resource | None, tuple[str, ...]]:
    """Whose usage shares the invoice, over which years (seed 003: own, or a surrogate's)."""
    fy, here = year.fiscal_year, year.path
    own = tuple(resource.usage_years_before(fy, policy.usage_years))
    if own:
        if year.surrogate is not None:
            problem(SURROGATE, (*here, "surrogate"),
                    f"a surrogate is for the first year only, but the resource has its own "
                    f"usage before {fy} ({_span(own)})",
                    "remove `surrogate`: its own usage is used", at_key=True)
        return resource, own
    if year.surrogate is None:
        problem(USAGE, here, f"no usage before {fy} and no surrogate: the invoice cannot be "
                "divided by usage",
                "add earlier years' usage under `usage`, or, for the first year, name a "
                "`surrogate` resource whose participating members are the same", at_key=True)
        return None, ()
    at = (*here, "surrogate")
    surrogate = resources.get(year.surrogate)
    if surrogate is None or surrogate is resource:
        known = ", ".join(r for r in resources if r != resource.id) or "none"
        problem(SURROGATE, at, f"surrogate `{year.surrogate}` is not another resource in "
                f"costs/ (no costs/{year.surrogate}.yaml)", f"resources: {known}")
        return None, ()
    borrowed = tuple(surrogate.usage_years_before(fy, policy.usage_years))
    if not borrowed:
        problem(SURROGATE, at, f"surrogate `{surrogate.id}` has no usage before {fy} "
                "of its own", "choose a surrogate with usage history")
        return None, ()
    theirs = surrogate.year_at_or_before(fy)
    if theirs is None:
        problem(SURROGATE, at, f"surrogate `{surrogate.id}` has no fiscal year at or before "
                f"{fy}: its participating members are unknown")
        return None, ()
    ours_set, theirs_set = set(year.members), set(theirs.members)
    if ours_set != theirs_set:
        parts = []
        if ours_set - theirs_set:
            parts.append(f"only here: {', '.join(sorted(ours_set - theirs_set))}")
        if theirs_set - ours_set:
            parts.append(f"only in `{surrogate.id}`: {', '.join(sorted(theirs_set - ours_set))}")
        problem(SURROGATE, at, f"surrogate `{surrogate.id}` ({theirs.fiscal_year}) does not "
                f"have the same participating members ({'; '.join(parts)})",
                "seed 003: the participating institutions must match up; choose a surrogate "
                "with the same members")
        return None, ()
    return surrogate, borrowed


def _check_coverage(resource: Resource, year: CostYear, source: Resource,
                    usage_years: tuple[str, ...], members: list[str],
                    problem: _Report, known: set[str]) -> None:
    """Every participant has a usage figure in every year used: a missing one is not zero;
    and a figure for a code that is no institution is a typo, not something to ignore."""
    for y in usage_years:
        if source is resource:
            for code in sorted(c for c in source.usage[y] if c not in known):
                problem(USAGE, ("usage", y, code), f"usage for {y} names `{code}`, which is "
                        f"not a member institution (no institutions/{code}.yaml)",
                        "correct the code, or remove the figure", code, at_key=True)
        missing = [m for m in members if m not in source.usage[y]]
        if not missing:
            continue
        names = ", ".join(f"`{m}`" for m in missing)
        if source is resource:
            problem(USAGE, ("usage", y), f"usage for {y} has no figure for {names}, which "
                    f"take{'s' if len(missing) == 1 else ''} part in {year.fiscal_year}",
                    "give each participant's usage, 0 where it had none", missing[0],
                    at_key=True)
        else:
            problem(USAGE, (*year.path, "surrogate"), f"surrogate `{source.id}` has no {y} "
                    f"usage for {names}", "give each participant's usage in the surrogate's "
                    "file, 0 where it had none", missing[0])
