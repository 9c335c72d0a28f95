"""The cost tables as plain data, for every output: the CLI's text, CSV and JSON and the
rendered pages. Pure functions of the computed shares; nothing here rounds money.

Each cell is kept twice: ``shown`` (thousands separators, ``%``: the seed's table) and
``plain`` (digits and a decimal point: what a spreadsheet or a program reads).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import partial
from typing import TYPE_CHECKING, overload

from nzconfig.domain.costs import figures as f
from nzconfig.domain.costs.rounding import RULE

if TYPE_CHECKING:  # a render without cost files imports neither the formula nor its problems
    from nzconfig.domain.costs.formula import Line, Shares

KEYS = ("member", "fte", "usage", "usage_percent", "multiplier", "pay_to_play",
        "usage_contribution", "total", "pay_to_play_percent")


# Not frozen: a wide consortium's tables make a million cells, and a frozen dataclass's
# __init__ (an object.__setattr__ per field) took three times a plain one's. Nothing assigns
# to a cell after it is made; it hashes by value as a frozen one did.
@dataclass(slots=True, unsafe_hash=True)
class Cell:
    shown: str
    plain: str
    number: bool  # right-aligned


@dataclass(frozen=True, slots=True)
class Transfer:
    """Seed 004's cost recovery: a member reimburses whoever paid the invoice."""

    member: str
    to: str
    resource: str
    amount: int  # cents

    @property
    def shown(self) -> str:
        return f.money(self.amount)

    @property
    def plain(self) -> str:
        return f.plain_money(self.amount)


class Rows(Sequence[tuple[Cell, ...]]):
    """A table's member rows, made when first read and then kept with the table: a
    consortium table reads only each resource's totals, and a wide consortium's resource
    tables are a million cells."""

    __slots__ = ("_lines", "_made", "_row")

    def __init__(self, lines: tuple[Line, ...], row: Callable[[Line], tuple[Cell, ...]]) -> None:
        self._lines, self._row = lines, row
        self._made: tuple[tuple[Cell, ...], ...] | None = None

    def _rows(self) -> tuple[tuple[Cell, ...], ...]:
        if self._made is None:
            self._made = tuple(map(self._row, self._lines))
        return self._made

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, index: int) -> tuple[Cell, ...]: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[tuple[Cell, ...], ...]: ...

    def __getitem__(self, index: int | slice,
                    ) -> tuple[Cell, ...] | tuple[tuple[Cell, ...], ...]:
        return self._rows()[index]

    def __iter__(self) -> Iterator[tuple[Cell, ...]]:
        return iter(self._rows())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and self._rows() == tuple(other)

    __hash__ = None  # type: ignore[assignment]  # as a list's: equal to its rows

    def __repr__(self) -> str:
        return repr(self._rows())


@dataclass(frozen=True, slots=True)
class ResourceTable:
    shares: Shares
    headers: tuple[str, ...]  # the seed's column titles, usage named by its metric
    rows: Rows  # a Sequence of rows of cells, made when read
    total: tuple[Cell, ...]
    summary: str
    usage_note: str
    rounding: str
    transfers: tuple[Transfer, ...]
    recovery_method: str | None

    @property
    def title(self) -> str:
        r = self.shares.resource
        return f"{r.name}: cost shares, fiscal year {self.shares.year.fiscal_year}"

    @property
    def facts(self) -> str:
        """The inputs in a sentence: invoice, multiplier and whose usage over which years."""
        s = self.shares
        return (f"Invoice: {s.resource.currency} {f.money(s.invoice)}. FTE multiplier: "
                f"{f.rate(s.multiplier)} per FTE. {self.usage_note}")


# One cell of each kind, for every table of the cost formula's figures (cost and usage pages).
def money_cell(cents: int) -> Cell:
    return Cell(*f.money_forms(cents), True)


def count_cell(value: Fraction | int) -> Cell:
    return Cell(*f.number_forms(value), True)


def percent_cell(share: Fraction | None) -> Cell:
    return Cell(*f.percent_forms(share), True)


def _row(rate: Cell, line: Line) -> tuple[Cell, ...]:
    pay, total = line.pay_to_play, line.total
    return (Cell(line.member, line.member, False), count_cell(line.fte),
            count_cell(line.usage), percent_cell(line.usage_share), rate,
            money_cell(pay), money_cell(line.usage_contribution), money_cell(total),
            # line.pay_to_play_share, without reducing the Fraction first
            Cell(*f.percent_of(pay, total), True) if total > 0
            else percent_cell(line.pay_to_play_share))


def resource_table(shares: Shares) -> ResourceTable:
    resource, year = shares.resource, shares.year
    metric = resource.usage_metric
    rate = f.rate(shares.multiplier)  # every line's multiplier is the year's
    invoice, pay = shares.invoice, shares.pay_to_play
    rest = shares.usage_contribution
    pay_share = Fraction(pay, invoice) if invoice else None
    total = (Cell("TOTAL", "TOTAL", False), count_cell(shares.fte),
             count_cell(shares.usage), percent_cell(Fraction(1)), Cell("", "", True),
             money_cell(pay), money_cell(rest), money_cell(invoice), percent_cell(pay_share))
    years = shares.usage_years
    span = f.span(years)
    averaged = "" if len(years) == 1 else f", the average of {len(years)} years"
    if shares.surrogate:
        usage_note = (f"Usage: {metric} of the surrogate `{shares.usage_source.id}` "
                      f"({shares.usage_source.name}), {span}{averaged}: {resource.name} has "
                      f"no usage history before {year.fiscal_year}.")
    else:
        usage_note = f"Usage: {metric}, {span}{averaged}."
    summary = (f"Combined pay-to-play contributions cover {f.money(pay)} of the "
               f"{resource.currency} {f.money(invoice)} invoice"
               f"{f' ({f.percent(pay_share)})' if pay_share is not None else ''}, "
               f"leaving {f.money(rest)} to be divided by share of usage.")
    transfers = tuple(Transfer(line.member, resource.paid_by, resource.id, line.total)
                      for line in shares.lines if resource.paid_by is not None)
    return ResourceTable(
        shares=shares,
        headers=("Institution", "FTE", metric, f"% of {metric}", "Multiplier",
                 "Pay-to-Play Contribution", "Usage Contribution", "Total Contribution",
                 "Pay-to-Play % of Total"),
        rows=Rows(shares.lines, partial(_row, Cell(rate, rate, True))),
        total=total,
        summary=summary,
        usage_note=usage_note,
        rounding=RULE,
        transfers=transfers,
        recovery_method=resource.recovery_method,
    )


@dataclass(frozen=True, slots=True)
class ConsortiumTable:
    """One currency's resources for a fiscal year: each member's total per resource."""

    fiscal_year: str
    currency: str
    resources: tuple[ResourceTable, ...]
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...]
    transfers: tuple[Transfer, ...]


def consortium_tables(fiscal_year: str, tables: list[ResourceTable],
                      ) -> tuple[ConsortiumTable, ...]:
    """Sum each member's contributions across the resources, one table per currency."""
    result = []
    for currency in sorted({t.shares.resource.currency for t in tables}):
        chosen = tuple(sorted((t for t in tables if t.shares.resource.currency == currency),
                              key=lambda t: t.shares.resource.id))
        members = sorted({line.member for t in chosen for line in t.shares.lines})
        totals = [{line.member: line.total for line in t.shares.lines} for t in chosen]
        rows = []
        for member in members:
            cells = [totals_.get(member) for totals_ in totals]
            rows.append((Cell(member, member, False),
                         *(money_cell(c) if c is not None else Cell("", "", True)
                           for c in cells),
                         money_cell(sum(c for c in cells if c is not None))))
        sums = [t.shares.invoice for t in chosen]
        result.append(ConsortiumTable(
            fiscal_year=fiscal_year,
            currency=currency,
            resources=chosen,
            headers=("Institution", *(t.shares.resource.name for t in chosen),
                     "Total Contribution"),
            rows=tuple(rows),
            total=(Cell("TOTAL", "TOTAL", False), *map(money_cell, sums),
                   money_cell(sum(sums))),
            transfers=tuple(x for t in chosen for x in t.transfers),
        ))
    return tuple(result)
