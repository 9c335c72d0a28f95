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

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import compress, count, islice, repeat
from operator import is_
from typing import TYPE_CHECKING, Any, TypeVar, cast

from markupsafe import Markup, escape

from nzconfig.core.markup import csv_cell, csv_row, markdown, visible
from nzconfig.render.site import Access, MatrixLines

if TYPE_CHECKING:
    from nzconfig.render.cdi_view import CollectionCdi, Settings
    from nzconfig.render.context import Row
    from nzconfig.render.site import MatrixLine

BLOCK = 1 << 14  # characters per block handed to the template (64 KiB ones grew the peak)


class Lines:
    """A block of whole lines a bulk filter made, every value in it already shown as the
    template would have shown it (core.markup: made visible, then escaped for the page's
    format). Printed as it is, it skips the environment's finalize, whose scan of every
    character was a third of the pages' time; anything else a template does with it (``~``,
    a filter) makes a plain string, finalized as usual."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text

    def __len__(self) -> int:
        return len(self.text)


class HtmlLines(Lines):
    """Lines of HTML: their values are HTML-escaped already (autoescape leaves them, and
    ``~`` joins them as markup)."""

    __slots__ = ()

    def __str__(self) -> Markup:
        return Markup(self.text)

    def __html__(self) -> str:
        return self.text


def blocks(lines: Iterable[str], kind: type[Lines] = Lines) -> Iterator[Lines]:
    """Lines joined into blocks of about BLOCK characters. The lines of one table are much
    alike, so a block takes as many lines as the first line's length says fit."""
    lines = iter(lines)
    first = next(lines, None)
    if first is None:
        return
    per = max(1, BLOCK // max(1, len(first)))
    yield kind("".join((first, *islice(lines, per - 1))))
    while block := list(islice(lines, per)):
        yield kind("".join(block))


def html_blocks(lines: Iterable[str]) -> Iterator[HtmlLines]:
    return cast("Iterator[HtmlLines]", blocks(lines, HtmlLines))


def _status_md(r: Row) -> str:
    """What follows a collection's name in a Markdown list or heading: its status, unless
    it is active."""
    return "" if r.active else f" ({markdown(r.status.upper())})"


def _status_html(r: Row) -> str:
    """The same in HTML."""
    return "" if r.active else f' <span class="status">{html_cell(r.status.upper())}</span>'


def cdi_csv(collections: Iterable[CollectionCdi]) -> Iterator[Lines]:
    """cdi-settings.csv: one line per collection and member with access."""
    return _sized_blocks(_cdi_csv_lines(collections))


def _sized_blocks(pieces: Iterable[str]) -> Iterator[Lines]:
    """Pieces of whole lines of very different lengths (a collection's lines: one per
    member) joined into blocks of at least BLOCK characters, or one piece where it is longer."""
    block: list[str] = []
    size = 0
    for piece in pieces:
        block.append(piece)
        size += len(piece)
        if size >= BLOCK:
            yield Lines("".join(block))
            block.clear()
            size = 0
    if block:
        yield Lines("".join(block))


def _cdi_csv_lines(collections: Iterable[CollectionCdi]) -> Iterator[str]:
    """A collection's lines at a time: the lines of its members that share a Settings
    (all of them, without overrides) differ only in the member's cell, so they are one
    join of those cells (a join in C, not a format per line: 156,000 lines at 2,000 x 100)."""
    for c in collections:
        title = csv_cell(c.row.title)
        middle = f"{csv_cell(c.row.linking)},{csv_cell(c.row_id)}"
        codes = list(map(csv_cell, c.row.members))
        if len(c.groups) == 1 and codes:  # one Settings for every member
            after = f",{middle},{_cdi_tail(c.groups[0], c)}\n"
            yield f"{title},{(after + title + ',').join(codes)}{after}"
            continue
        tails: dict[int, str] = {}  # per distinct Settings: the cells after Matrix Row
        lines = []
        for code, s in zip(codes, c.per_member, strict=True):
            tail = tails.get(id(s))
            if tail is None:
                tail = tails[id(s)] = _cdi_tail(s, c)
            lines.append(f"{title},{code},{middle},{tail}\n")
        yield "".join(lines)


def _cdi_tail(s: Settings, c: CollectionCdi) -> str:
    return csv_row([*s.values, s.overridden, s.reason, c.note])


def access_matrix_csv(lines: Iterable[MatrixLine]) -> Iterator[Lines]:
    """access-matrix.csv: a line per collection, a cell per member."""
    # A cell is "x" or "", which csv_row writes as they are: joined as they stand.
    return blocks(
        ",".join((csv_row([row.title, row.access_type, row.status]),
                  *((_csv_marks(marks),) if marks else ()), str(marks.count(1)))) + "\n"
        for row, marks in _marks(lines))


def _csv_marks(marks: bytes) -> str:
    """The member cells, "x" or "", comma-separated: the bytes as characters \x00 and \x01,
    joined and replaced in C (a map over a hundred cells per line was most of the page)."""
    return ",".join(marks.decode("latin-1")).replace("\x01", "x").replace("\x00", "")
_HTML_MARK = ('<td class="mark"></td>\n', '<td class="mark">\u2713</td>\n')


def _marks(lines: Iterable[MatrixLine]) -> Iterator[tuple[Row, bytes]]:
    """Each line's row and a byte per member (1: access); read straight from the site's
    MatrixLines, without making its cells."""
    if isinstance(lines, MatrixLines):
        return lines.marks()
    return ((line.row, bytes(map(bool, line.cells))) for line in lines)


def access_matrix_html(lines: Iterable[MatrixLine], root: str) -> Iterator[HtmlLines]:
    """access-matrix.html's table body: a row per collection, a cell per member."""
    href = html_cell(root)
    return html_blocks(
        f'<tr>\n<th scope="row"><a href="{href}collections.html#{html_cell(row.anchor)}">'
        f"{html_cell(row.label)}</a></th>\n"
        f"<td>{html_cell(row.access_type)}</td>\n"
        f"<td>{html_cell(row.status)}</td>\n"
        + "".join(map(_HTML_MARK.__getitem__, marks))
        + f'<td class="number">{marks.count(1)}</td>\n</tr>\n'
        for row, marks in _marks(lines))


def _shown_in_report(c: CollectionCdi) -> bool:
    """The CDI report's sections: a collection whose settings cannot be derived and that no
    override sets is listed with the others of its reason instead."""
    return c.derivable or not c.row.members or any(s.settings for s in c.groups)


def cdi_sections_md(collections: Iterable[CollectionCdi],
                    labels: Iterable[str]) -> Iterator[Lines]:
    """cdi-settings.md's Collections: a section per collection, a table line per Settings."""
    labels = tuple(labels)
    head = ("\n| Members |" + "".join(f" {markdown(label)} |" for label in labels)
            + " Source |\n| --- |" + " --- |" * len(labels) + " --- |\n")
    return blocks(_cdi_section_md(c, head) for c in collections if _shown_in_report(c))


def _cdi_section_md(c: CollectionCdi, head: str) -> str:
    r = c.row
    text = (f"\n### {markdown(r.label)}" + _status_md(r)
            + f"\n\nLinking: {markdown(r.linking or 'not recorded')}."
            + (f" Matrix row: {markdown(c.row_title)} ({markdown(c.row_id)})."
               if c.derivable else "") + "\n")
    if not r.members:
        return text + "No member has access.\n"
    if not c.derivable:
        text += f"The settings cannot be derived: {markdown(c.note)}.\n"
    stated = [s for s in c.groups if s.settings]
    if stated:
        text += head + "".join(
            f"| {markdown(', '.join(s.members))} |"
            + "".join(f" {markdown(v.shown if v else '')}"
                      + (" (override)" if v and v.source == "override" else "") + " |"
                      for v in s.cells)
            + f" {markdown(s.sources)} |\n"
            for s in stated)
    return text


def cdi_sections_html(collections: Iterable[CollectionCdi],
                      labels: Iterable[str]) -> Iterator[HtmlLines]:
    """cdi-settings.html's Collections: a section per collection, a table row per Settings."""
    head = ('<table>\n<thead><tr><th scope="col">Members</th>'
            + "".join(f'<th scope="col">{html_cell(label)}</th>' for label in labels)
            + '<th scope="col">Source</th></tr></thead>\n<tbody>\n')
    return html_blocks(_cdi_section_html(c, head) for c in collections
                        if _shown_in_report(c))


def _cdi_section_html(c: CollectionCdi, head: str) -> str:
    r = c.row
    text = (f'<section id="{html_cell(r.anchor)}">\n<h3>{html_cell(r.label)}'
            + _status_html(r)
            + f"</h3>\n<p>Linking: {html_cell(r.linking or 'not recorded')}."
            + (f" Matrix row: {html_cell(c.row_title)} ({html_cell(c.row_id)})."
               if c.derivable else "")
            + "</p>\n")
    if not r.members:
        return text + "<p>No member has access.</p>\n</section>\n"
    if not c.derivable:
        text += f"<p>The settings cannot be derived: {html_cell(c.note)}.</p>\n"
    stated = [s for s in c.groups if s.settings]
    if stated:
        text += head + "".join(
            f"<tr><td>{html_cell(', '.join(s.members))}</td>"
            + "".join(f"<td>{html_cell(v.shown) if v else ''}"
                      + (" (override)" if v and v.source == "override" else "") + "</td>"
                      for v in s.cells)
            + f"<td>{html_cell(s.sources)}</td></tr>\n"
            for s in stated) + "</tbody>\n</table>\n"
    return text + "</section>\n"


def cdi_underivable_md(collections: Iterable[CollectionCdi]) -> Iterator[Lines]:
    """cdi-settings.md: the collections of one reason why no settings can be stated."""
    return blocks(
        f"- {markdown(c.row.label)}"
        + _status_md(c.row)
        + f": {markdown(', '.join(c.row.members))}\n"
        for c in collections)


def cdi_underivable_html(collections: Iterable[CollectionCdi]) -> Iterator[HtmlLines]:
    """cdi-settings.html: the same, a list item each."""
    return html_blocks(
        f'<li id="{html_cell(c.row.anchor)}">{html_cell(c.row.label)}'
        + _status_html(c.row)
        + f": {html_cell(', '.join(c.row.members))}</li>\n"
        for c in collections)


def collections_md(rows: Iterable[Row]) -> Iterator[Lines]:
    """collections.md's table body: the wiki table, a line per collection."""
    return blocks(
        f"| {markdown(r.title)}" + ("" if r.active else f" **{markdown(r.status.upper())}**")
        + f" | {markdown(r.package)} | {markdown(r.managed_via)} | {markdown(r.access_type)}"
        f" | {markdown(r.acquisitions_profile)} | {markdown(' ; '.join(r.availability))}"
        f" | {markdown('; '.join(r.members))} |\n"
        for r in rows)


def collections_csv(rows: Iterable[Row]) -> Iterator[Lines]:
    """collections.csv: the wiki table's columns, then Status."""
    return blocks(
        csv_row([r.title, r.package, r.managed_via, r.access_type, r.acquisitions_profile,
                 " ; ".join(r.availability), "; ".join(r.members), r.status]) + "\n"
        for r in rows)


def collections_xhtml(rows: Iterable[Row]) -> Iterator[HtmlLines]:
    """collections.xhtml's table body (Confluence storage format)."""
    return html_blocks(
        f"<tr><td>{html_cell(r.title)}"
        + ("" if r.active else
           ' <ac:structured-macro ac:name="status"><ac:parameter ac:name="colour">Grey'
           '</ac:parameter><ac:parameter ac:name="title">'
           f"{html_cell(r.status.upper())}</ac:parameter></ac:structured-macro>")
        + f"</td><td>{html_cell(r.package)}</td><td>{html_cell(r.managed_via)}</td>"
        f"<td>{html_cell(r.access_type)}</td><td>{html_cell(r.acquisitions_profile)}</td>"
        f"<td>{'<br/>'.join(map(html_cell, r.availability))}</td>"
        f"<td>{html_cell('; '.join(r.members))}</td></tr>\n"
        for r in rows)


def collections_html(rows: Iterable[Row]) -> Iterator[HtmlLines]:
    """collections.html's table body: a row per collection, with the data its filters read."""
    return html_blocks(
        f'<tr id="{html_cell(r.anchor)}" data-members="{html_cell(" ".join(r.members))}"'
        f' data-access="{html_cell(r.access_type)}"'
        f' data-provider="{html_cell(r.package or "(none)")}"'
        f' data-status="{html_cell(r.status)}">\n'
        f"<td>{html_cell(r.title)}"
        + _status_html(r)
        + f"</td>\n<td>{html_cell(r.package)}</td>\n<td>{html_cell(r.managed_via)}</td>\n"
        f"<td>{html_cell(r.access_type)}</td>\n<td>{html_cell(r.acquisitions_profile)}</td>\n"
        f"<td>{'<br>'.join(map(html_cell, r.availability))}</td>\n"
        f"<td>{html_cell('; '.join(r.members))}</td>\n</tr>\n"
        for r in rows)


def checklist_items(accesses: Iterable[Access],
                    lines: dict[Access | Row, str] | None = None) -> Iterator[Lines]:
    """A member checklist's group of collections (Markdown): a ticked-off line each.
    ``lines`` keeps each collection's line for one render: it is on the page of every member
    that has the collection, so it is escaped once, not once per member."""
    return _listed(accesses, _item, lines, Lines)


def checklist_items_html(accesses: Iterable[Access],
                         lines: dict[Access | Row, str] | None = None) -> Iterator[HtmlLines]:
    """The same group on the HTML page: a list item with a checkbox each."""
    return _listed(accesses, _item_html, lines, HtmlLines)


def lacking_items(rows: Iterable[Row],
                  lines: dict[Access | Row, str] | None = None) -> Iterator[Lines]:
    """A member checklist's collections without access (Markdown): a line each."""
    return _listed(rows, _lacking, lines, Lines)


def lacking_items_html(rows: Iterable[Row],
                       lines: dict[Access | Row, str] | None = None) -> Iterator[HtmlLines]:
    """The same on the HTML page: a list item each."""
    return _listed(rows, _lacking_html, lines, HtmlLines)


_Block = TypeVar("_Block", bound=Lines)


def _listed(items: Iterable[Access] | Iterable[Row], line: Callable[[Row], str],
            lines: dict[Access | Row, str] | None, kind: type[_Block]) -> Iterator[_Block]:
    return cast("Iterator[_Block]", blocks(_memo(items, line, {} if lines is None else lines),
                                            kind))


def _memo(items: Iterable[Access] | Iterable[Row], line: Callable[[Row], str],
          lines: dict[Access | Row, str]) -> list[str]:
    """Each item's line, made once per render (an Access or a Row is hashed by identity and
    lives as long as the render's Site); the look-ups run in C."""
    listed: Sequence[Access | Row] = items if isinstance(items, tuple) else list(items)
    try:  # every line made already (all but a render's first pages): no scan for misses
        return list(map(lines.__getitem__, listed))
    except KeyError:
        pass
    found = list(map(lines.get, listed))
    if None in found:
        for i in compress(count(), map(is_, found, repeat(None))):
            item = listed[i]
            found[i] = lines[item] = line(item.row if isinstance(item, Access) else item)
    return cast("list[str]", found)


def override_items(accesses: Iterable[Access], code: str) -> Iterator[Lines]:
    """A member checklist's collections with a per-member override (Markdown): a heading,
    the collection's line and a ticked-off line per setting each. ``code`` is the member's."""
    shown = markdown(code)
    return blocks(_override(a, shown) for a in accesses)


def override_items_html(accesses: Iterable[Access], code: str) -> Iterator[HtmlLines]:
    """The same on the HTML page."""
    shown = html_cell(code)
    return html_blocks(_override_html(a, shown) for a in accesses)


def _override(a: Access, code: str) -> str:
    r = a.row
    return (f"\n#### {markdown(r.label)}" + _status_md(r) + "\n\n"
            + markdown(r.access_type)
            + (f", {markdown(r.package)}" if r.package else "")
            + f", managed via {markdown(r.managed_via)}"
            + (f" ({markdown(r.import_profile)})" if r.import_profile else "")
            + f".\n\n- [ ] {code} is listed in the collection's Group Settings.\n"
            + "".join(f"- [ ] CDI tab, {markdown(s.label)}: **{markdown(s.shown)}**"
                      f" ({markdown(s.source_text)})\n" for s in a.cdi.settings)
            + (f"- The other CDI settings cannot be derived: {markdown(a.note)}.\n"
               if a.note else ""))


def _override_html(a: Access, code: str) -> str:
    r = a.row
    return (f"<h4>{html_cell(r.label)}" + _status_html(r) + "</h4>\n<p>"
            + html_cell(r.access_type)
            + (f", {html_cell(r.package)}" if r.package else "")
            + f", managed via {html_cell(r.managed_via)}"
            + (f" ({html_cell(r.import_profile)})" if r.import_profile else "")
            + '.</p>\n<ul class="checklist">\n<li><label><input type="checkbox"> '
            + code + " is listed in the collection's Group Settings.</label></li>\n"
            + "".join('<li><label><input type="checkbox"> CDI tab, '
                      f"{html_cell(s.label)}: <strong>{html_cell(s.shown)}</strong>"
                      f" ({html_cell(s.source_text)})</label></li>\n" for s in a.cdi.settings)
            + (f"<li>The other CDI settings cannot be derived: {html_cell(a.note)}.</li>\n"
               if a.note else "")
            + "</ul>\n")


def _item(r: Row) -> str:
    return (f"- [ ] {markdown(r.label)}"
            + _status_md(r)
            + f": {markdown(r.access_type)}"
            + (f", {markdown(r.package)}" if r.package else "")
            + f", managed via {markdown(r.managed_via)}"
            + (f" ({markdown(r.import_profile)})" if r.import_profile else "")
            + ".\n")


def _item_html(r: Row) -> str:
    return ('<li><label><input type="checkbox"> ' + html_cell(r.label)
            + _status_html(r)
            + f": {html_cell(r.access_type)}"
            + (f", {html_cell(r.package)}" if r.package else "")
            + f", managed via {html_cell(r.managed_via)}"
            + (f" ({html_cell(r.import_profile)})" if r.import_profile else "")
            + ".</label></li>\n")


def _lacking(r: Row) -> str:
    return f"- {markdown(r.label)}\n"


def _lacking_html(r: Row) -> str:
    return f"<li>{html_cell(r.label)}</li>\n"


def html_cell(value: str) -> str:
    """A value as an autoescaped template prints it: made visible (the environment's
    finalize), then escaped. Most values are printable ASCII without a character HTML
    escapes: those are checked in C and returned as they are."""
    if value.isascii() and value.isprintable():  # nothing for visible() to show
        if ("&" in value or "<" in value or ">" in value or '"' in value
                or "'" in value):
            return str(escape(value))
        return value
    return str(escape(visible(value, lines=True)))


def filters() -> dict[str, Callable[..., Iterator[Any]]]:
    """The bulk filters for one render (the templates name them), each with that render's
    cache of lines."""
    return {
        "bulk_cdi_csv": cdi_csv,
        "bulk_access_matrix_csv": access_matrix_csv,
        "bulk_access_matrix_html": access_matrix_html,
        "bulk_cdi_sections_md": cdi_sections_md,
        "bulk_cdi_sections_html": cdi_sections_html,
        "bulk_cdi_underivable_md": cdi_underivable_md,
        "bulk_cdi_underivable_html": cdi_underivable_html,
        "bulk_collections_md": collections_md,
        "bulk_collections_csv": collections_csv,
        "bulk_collections_xhtml": collections_xhtml,
        "bulk_collections_html": collections_html,
        "bulk_checklist_items": partial(checklist_items, lines={}),
        "bulk_checklist_items_html": partial(checklist_items_html, lines={}),
        "bulk_lacking_items": partial(lacking_items, lines={}),
        "bulk_lacking_items_html": partial(lacking_items_html, lines={}),
        "bulk_override_items": override_items,
        "bulk_override_items_html": override_items_html,
    }
