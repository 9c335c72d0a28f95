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
from nzconfig.render.bulk import HtmlLines, Lines, _blocks, _html, _html_blocks

Rows = Iterable[tuple[Cell, ...]]

# Most cells are figures (``12,345.67``, ``2.50%``) or member codes, which every escaper
# leaves as they are (tests/render/test_cell_rows.py shows it for each): printed as they
# stand, without a pass of the escapers over each of a million cells.
_AS_IS = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?%?|[A-Za-z0-9]*")
_CSV_AS_IS = re.compile(r"-?[0-9]+(?:\.[0-9]+)?|[A-Za-z0-9]*")


def _md(value: str) -> str:
    return value if _AS_IS.fullmatch(value) else visible(markdown(value), lines=True)


def _td(cell: Cell) -> str:
    shown = cell.shown if _AS_IS.fullmatch(cell.shown) else _html(cell.shown)
    return f'<td class="number">{shown}</td>' if cell.number else f"<td>{shown}</td>"


def _csv(value: str) -> str:
    return value if _CSV_AS_IS.fullmatch(value) else csv_cell(value)


def _csv_line(row: tuple[Cell, ...]) -> str:
    if len(row) < 2:  # csv_row writes a lone empty cell as ""
        return visible(csv_row([c.plain for c in row]), lines=True) + "\n"
    # csv_cell has made every value visible: the line needs no other pass.
    return ",".join([_csv(c.plain) for c in row]) + "\n"


def cells_md(rows: Rows) -> Iterator[Lines]:
    """``|{% for c in row %} {{ c.shown|md }} |{% endfor %}`` and a line end, per row."""
    return _blocks("| " + " | ".join([_md(c.shown) for c in row]) + " |\n" if row else "|\n"
                   for row in rows)


def cells_html(rows: Rows) -> Iterator[HtmlLines]:
    """``<tr>`` and a ``<td>`` per cell (``class="number"`` where it is one), per row."""
    return _html_blocks("<tr>" + "".join([_td(c) for c in row]) + "</tr>\n" for row in rows)


def cells_csv(rows: Rows) -> Iterator[Lines]:
    """``{{ row|map(attribute="plain")|csv_row }}`` and a line end, per row."""
    return _blocks(map(_csv_line, rows))


def filters() -> dict[str, Callable[..., Iterator[Any]]]:
    return {"bulk_cells_md": cells_md, "bulk_cells_html": cells_html,
            "bulk_cells_csv": cells_csv}
