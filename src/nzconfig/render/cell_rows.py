"""The cost and usage pages' table rows, rendered in bulk: filters their templates call.

A cost or usage page is a table of a row per member and a cell per column (a wide
consortium writes a million such cells); a template loop spent dozens of engine calls on
each. These filters print a table's rows (tuples of ``domain.costs.tables.Cell``) exactly
as the loops they replaced did (tests/render/test_cell_rows.py compares them), as blocks of
whole lines like the other bulk filters (render/bulk.py); an overriding template can still
loop over the same rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from nzconfig.core.markup import csv_row, markdown, visible
from nzconfig.domain.costs.tables import Cell
from nzconfig.render.bulk import HtmlLines, Lines, _blocks, _html, _html_blocks

Rows = Iterable[tuple[Cell, ...]]


def cells_md(rows: Rows) -> Iterator[Lines]:
    """``|{% for c in row %} {{ c.shown|md }} |{% endfor %}`` and a line end, per row."""
    return _blocks("|" + "".join([f" {visible(markdown(c.shown), lines=True)} |"
                                  for c in row]) + "\n" for row in rows)


def cells_html(rows: Rows) -> Iterator[HtmlLines]:
    """``<tr>`` and a ``<td>`` per cell (``class="number"`` where it is one), per row."""
    return _html_blocks("<tr>" + "".join([
        f'<td class="number">{_html(c.shown)}</td>' if c.number else f"<td>{_html(c.shown)}</td>"
        for c in row]) + "</tr>\n" for row in rows)


def cells_csv(rows: Rows) -> Iterator[Lines]:
    """``{{ row|map(attribute="plain")|csv_row }}`` and a line end, per row."""
    return _blocks(visible(csv_row([c.plain for c in row]), lines=True) + "\n" for row in rows)


def filters() -> dict[str, Callable[..., Iterator[Any]]]:
    return {"bulk_cells_md": cells_md, "bulk_cells_html": cells_html,
            "bulk_cells_csv": cells_csv}
