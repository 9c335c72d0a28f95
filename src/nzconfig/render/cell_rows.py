"""The cost and usage pages' table rows, rendered in bulk: filters their templates call.

A cost or usage page is a table of a row per member and a cell per column (a wide
consortium writes a million such cells); a template loop spent dozens of engine calls on
each. These filters print a table's rows (tuples of ``domain.costs.tables.Cell``) exactly
as the loops they replaced did (tests/render/test_cell_rows.py compares them), as blocks of
whole lines like the other bulk filters (render/bulk.py); an overriding template can still
loop over the same rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from nzconfig.core.markup import csv_cell, csv_row, markdown, visible
from nzconfig.domain.costs.tables import Cell
from nzconfig.render.bulk import HtmlLines, Lines, blocks, html_blocks, html_cell

Rows = Iterable[tuple[Cell, ...]]

# Most cells are figures (``12,345.67``, ``2.50%``) or member codes, which every escaper
# leaves as they are (tests/render/test_cell_rows.py shows it for each): a row whose every
# cell is one is printed as it stands, without a pass of the escapers over each of a
# million cells. One match checks the whole joined row: none of these cells holds the
# separator, so where the row holds no more separators than the join put in, the pieces
# the pattern matched are the cells.
_CELL = r"(?:[0-9][0-9,]*(?:\.[0-9]+)?%?|[A-Za-z0-9]*)"
_AS_IS = re.compile(_CELL)
_ROW_AS_IS = re.compile(rf"{_CELL}(?: \| {_CELL})*")
_CSV_CELL = r"(?:-?[0-9]+(?:\.[0-9]+)?|[A-Za-z0-9]*)"
_CSV_AS_IS = re.compile(_CSV_CELL)
_CSV_ROW_AS_IS = re.compile(rf"{_CSV_CELL}(?:,{_CSV_CELL})*")


def _md(value: str) -> str:
    return value if _AS_IS.fullmatch(value) else visible(markdown(value), lines=True)


def _as_is(joined: str, separator: str, cells: int) -> bool:
    """Whether every cell of a row joined by ``separator`` is a plain figure or code."""
    pattern = _CSV_ROW_AS_IS if separator == "," else _ROW_AS_IS
    return joined.count(separator) == cells - 1 and pattern.fullmatch(joined) is not None


def _md_line(row: tuple[Cell, ...]) -> str:
    if not row:
        return "|\n"
    shown = " | ".join([c.shown for c in row])
    if not _as_is(shown, " | ", len(row)):
        shown = " | ".join([_md(c.shown) for c in row])
    return f"| {shown} |\n"


def _html_line(row: tuple[Cell, ...]) -> str:
    shown = [c.shown for c in row]
    if not _as_is(" | ".join(shown), " | ", len(row)):
        shown = [s if _AS_IS.fullmatch(s) else html_cell(s) for s in shown]
    numbers = [c.number for c in row]
    if len(row) > 1 and not numbers[0] and numbers.count(True) == len(row) - 1:
        # A member's row: its code, then figures (a join in C, not a format per cell).
        return f"<tr><td>{shown[0]}{_NUMBER}{_NUMBER.join(shown[1:])}</td></tr>\n"
    return "<tr>" + "".join([f'<td class="number">{s}</td>' if c.number else f"<td>{s}</td>"
                             for c, s in zip(row, shown, strict=True)]) + "</tr>\n"


_NUMBER = '</td><td class="number">'


def _csv_line(row: tuple[Cell, ...]) -> str:
    if len(row) < 2:  # csv_row writes a lone empty cell as ""
        return visible(csv_row([c.plain for c in row]), lines=True) + "\n"
    plain = ",".join([c.plain for c in row])
    if _as_is(plain, ",", len(row)):
        return plain + "\n"
    # csv_cell has made every value visible: the line needs no other pass.
    return ",".join([c.plain if _CSV_AS_IS.fullmatch(c.plain) else csv_cell(c.plain)
                     for c in row]) + "\n"


def cells_md(rows: Rows) -> Iterator[Lines]:
    """``|{% for c in row %} {{ c.shown|md }} |{% endfor %}`` and a line end, per row."""
    return blocks(map(_md_line, rows))


def cells_html(rows: Rows) -> Iterator[HtmlLines]:
    """``<tr>`` and a ``<td>`` per cell (``class="number"`` where it is one), per row."""
    return html_blocks(map(_html_line, rows))


def cells_csv(rows: Rows) -> Iterator[Lines]:
    """``{{ row|map(attribute="plain")|csv_row }}`` and a line end, per row."""
    return blocks(map(_csv_line, rows))


def filters() -> dict[str, Callable[..., Iterator[Any]]]:
    return {"bulk_cells_md": cells_md, "bulk_cells_html": cells_html,
            "bulk_cells_csv": cells_csv}
