"""The rows of the large tables, rendered in bulk: filters the shipped templates call.

A large consortium's pages are mostly a few tables of collection x member rows (2 million
lines of the CDI CSV at 20,000 x 100). Rendered by a template loop, each row costs dozens
of template-engine calls; these filters build the same bytes with plain string joins and
hand the template a few blocks of whole lines, so a page is still a template (its header,
its layout, where each table goes) and a repository's override can loop over the same data
(``site.cdi``, ``site.access_matrix``, a checklist's groups) to lay rows out another way.

Each filter yields blocks of complete lines of about ``BLOCK`` characters, so memory holds
one block, not the table. Values are escaped exactly as the template filters do
(``csv_row``, ``md``, HTML autoescape): tests/render/test_bulk.py compares each filter with
the loop it replaced.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from nzconfig.core.markup import csv_row, markdown

if TYPE_CHECKING:
    from nzconfig.render.cdi_view import CollectionCdi
    from nzconfig.render.context import Row
    from nzconfig.render.site import Access, MatrixLine

BLOCK = 1 << 12  # characters per block handed to the template (larger ones grow the heap)


def _blocks(lines: Iterable[str]) -> Iterator[str]:
    """Lines joined into blocks of about BLOCK characters. The lines of one table are much
    alike, so a block takes as many lines as the first line's length says fit."""
    lines = iter(lines)
    first = next(lines, None)
    if first is None:
        return
    per = max(1, BLOCK // max(1, len(first)))
    yield "".join((first, *islice(lines, per - 1)))
    while block := list(islice(lines, per)):
        yield "".join(block)


def cdi_csv(collections: Iterable[CollectionCdi]) -> Iterator[str]:
    """cdi-settings.csv: one line per collection and member with access."""
    return _blocks(_cdi_csv_lines(collections))


def _cdi_csv_lines(collections: Iterable[CollectionCdi]) -> Iterator[str]:
    codes: dict[str, str] = {}
    for c in collections:
        title = _cell(c.row.title)
        middle = f"{_cell(c.row.linking)},{_cell(c.row_id)}"
        tails: dict[int, str] = {}  # per distinct Settings: the cells after Matrix Row
        for code, s in zip(c.row.members, c.per_member, strict=True):
            tail = tails.get(id(s))
            if tail is None:
                tail = tails[id(s)] = csv_row([*s.values, s.overridden, s.reason, c.note])
            cell = codes.get(code)
            if cell is None:
                cell = codes[code] = _cell(code)
            yield f"{title},{cell},{middle},{tail}\n"


def _cell(value: str) -> str:
    """One cell as csv_row writes it inside a record (alone, an empty cell is `""`)."""
    return csv_row([value]) if value else ""


def access_matrix_csv(lines: Iterable[MatrixLine]) -> Iterator[str]:
    """access-matrix.csv: a line per collection, a cell per member."""
    return _blocks(
        csv_row([line.row.title, line.row.access_type, line.row.status, *line.cells,
                 sum(1 for cell in line.cells if cell)]) + "\n"
        for line in lines)


def access_matrix_html(lines: Iterable[MatrixLine], root: str) -> Iterator[Markup]:
    """access-matrix.html's table body: a row per collection, a cell per member."""
    href = escape(root)
    mark, empty = '<td class="mark">\u2713</td>\n', '<td class="mark"></td>\n'
    return (Markup(block) for block in _blocks(
        f'<tr>\n<th scope="row"><a href="{href}collections.html#{escape(line.row.anchor)}">'
        f"{escape(line.row.label)}</a></th>\n"
        f"<td>{escape(line.row.access_type)}</td>\n"
        f"<td>{escape(line.row.status)}</td>\n"
        + "".join(mark if cell else empty for cell in line.cells)
        + f'<td class="number">{sum(1 for cell in line.cells if cell)}</td>\n</tr>\n'
        for line in lines))


def checklist_items(accesses: Iterable[Access],
                    lines: dict[int, str] | None = None) -> Iterator[str]:
    """A member checklist's group of collections: a ticked-off line each. ``lines`` keeps
    each row's line for one render: the same collection's line is on every member page."""
    memo: dict[int, str] = {} if lines is None else lines
    return _blocks(_item(a.row, memo) for a in accesses)


def _item(r: Row, lines: dict[int, str]) -> str:
    line = lines.get(id(r))  # rows live as long as the render's Site, so ids stay theirs
    if line is None:
        line = lines[id(r)] = (
            f"- [ ] {markdown(r.label)}"
            + ("" if r.active else f" ({markdown(r.status.upper())})")
            + f": {markdown(r.access_type)}"
            + (f", {markdown(r.package)}" if r.package else "")
            + f", managed via {markdown(r.managed_via)}"
            + (f" ({markdown(r.import_profile)})" if r.import_profile else "")
            + ".\n")
    return line


def lacking_items(rows: Iterable[Row]) -> Iterator[str]:
    """A member checklist's collections without access: a line each."""
    return _blocks(f"- {markdown(r.label)}\n" for r in rows)


def filters() -> dict[str, Callable[..., Iterator[Any]]]:
    """The bulk filters for one render (the templates name them), with that render's cache
    of checklist lines."""
    lines: dict[int, str] = {}
    return {
        "bulk_cdi_csv": cdi_csv,
        "bulk_access_matrix_csv": access_matrix_csv,
        "bulk_access_matrix_html": access_matrix_html,
        "bulk_checklist_items": partial(checklist_items, lines=lines),
        "bulk_lacking_items": lacking_items,
    }
