"""The cost tables as text (aligned columns), CSV, JSON and Markdown.

CSV and JSON carry plain numbers (``100000.00``, ``14.85``: percentages in percent) as text
in JSON, so that no reader turns money into a binary float on the way.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from typing import Any

from nzconfig.core.markup import csv_row
from nzconfig.domain.costs import figures as f
from nzconfig.domain.costs.tables import KEYS, Cell, ConsortiumTable, ResourceTable, Transfer

JSON_FORMAT = "nzconfig-cost/1"
WIDTH = 96  # prose lines; the tables are as wide as their columns


def _aligned(headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> list[str]:
    widths = [max(len(h), *(len(r[i].shown) for r in rows)) for i, h in enumerate(headers)]
    numeric = [rows[0][i].number if rows else False for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.rjust(w) if n else c.ljust(w)
                         for c, w, n in zip(cells, widths, numeric, strict=True)).rstrip()

    return [line(headers), line(["-" * w for w in widths]),
            *(line([c.shown for c in r]) for r in rows)]


def _recovery_text(transfers: Sequence[Transfer], method: str | None) -> list[str]:
    if not transfers:
        return []
    how = f" by {method}" if method else ""
    out = ["", f"Cost recovery: {transfers[0].to} pays the invoice; each member reimburses "
           f"it{how}:"]
    width = max(len(t.member) for t in transfers)
    amount = max(len(t.shown) for t in transfers)
    out += [f"  {t.member.ljust(width)}  ->  {t.to}  {t.shown.rjust(amount)}" for t in transfers]
    return out


def _prose(text: str) -> str:
    return textwrap.fill(text, WIDTH, break_on_hyphens=False)


def text(table: ResourceTable) -> str:
    out = [table.title, "",
           _prose(table.facts), "",
           *_aligned(table.headers, [*table.rows, table.total]), "",
           _prose(table.summary), "", _prose(f"Rounding: {table.rounding}"),
           *_recovery_text(table.transfers, table.recovery_method)]
    return "\n".join(out) + "\n"


def _csv(rows: Sequence[Sequence[str]]) -> str:
    return "".join(csv_row(row) + "\n" for row in rows)


def csv_text(table: ResourceTable) -> str:
    """The seed's table, its titles and the totals row; plain numbers."""
    return _csv([list(table.headers), *([c.plain for c in r] for r in table.rows),
                 [c.plain for c in table.total]])


def _member_json(keys: Sequence[str], cells: Sequence[Cell]) -> dict[str, Any]:
    return {k: c.plain for k, c in zip(keys, cells, strict=True)}


def as_data(table: ResourceTable) -> dict[str, Any]:
    s = table.shares
    rows = [{**_member_json(KEYS, r), "name": line.name, "fte_years": list(line.fte_years)}
            for r, line in zip(table.rows, s.lines, strict=True)]
    totals = _member_json(KEYS, table.total)
    del totals["member"], totals["multiplier"]
    return {
        "format": JSON_FORMAT,
        "resource": s.resource.id,
        "name": s.resource.name,
        "fiscal_year": s.year.fiscal_year,
        "currency": s.resource.currency,
        "invoice": f.plain_money(s.invoice),
        "multiplier": f.rate(s.multiplier),
        "usage_metric": s.resource.usage_metric,
        "usage_source": s.usage_source.id,
        "usage_years": list(s.usage_years),
        "members": rows,
        "totals": totals,
        "rounding": table.rounding,
        "cost_recovery": None if not table.transfers else {
            "paid_by": table.transfers[0].to,
            "method": table.recovery_method,
            "transfers": [{"member": t.member, "to": t.to, "amount": t.plain}
                          for t in table.transfers],
        },
    }


def json_text(table: ResourceTable) -> str:
    return json.dumps(as_data(table), indent=2, ensure_ascii=False) + "\n"


def consortium_text(tables: Sequence[ConsortiumTable], year: str) -> str:
    out = [f"Shared resource costs, fiscal year {year}: each member's total contribution"]
    for t in tables:
        out += ["", f"{t.currency}:", "", *_aligned(t.headers, [*t.rows, t.total])]
        transfers = sorted(t.transfers, key=lambda x: (x.member, x.resource))
        if transfers:
            out += ["", "Cost recovery transfers:", *_aligned(
                ("Member", "To", "Amount", "Resource"),
                [(Cell(x.member, x.member, False), Cell(x.to, x.to, False),
                  Cell(x.shown, x.plain, True), Cell(x.resource, x.resource, False))
                 for x in transfers])]
    return "\n".join(out) + "\n"


def consortium_csv(tables: Sequence[ConsortiumTable]) -> str:
    rows: list[list[str]] = []
    for t in tables:
        rows.append(["Currency", *t.headers])
        rows += [[t.currency, *(c.plain for c in r)] for r in (*t.rows, t.total)]
    return _csv(rows)


def consortium_data(tables: Sequence[ConsortiumTable], year: str) -> dict[str, Any]:
    return {
        "format": JSON_FORMAT,
        "fiscal_year": year,
        "currencies": [{
            "currency": t.currency,
            "resources": [as_data(r) for r in t.resources],
            "members": [{"member": r[0].plain,
                         "contributions": {res.shares.resource.id: c.plain for res, c in
                                           zip(t.resources, r[1:-1], strict=True) if c.plain},
                         "total": r[-1].plain} for r in t.rows],
            "total": t.total[-1].plain,
        } for t in tables],
    }


def consortium_json(tables: Sequence[ConsortiumTable], year: str) -> str:
    return json.dumps(consortium_data(tables, year), indent=2, ensure_ascii=False) + "\n"
