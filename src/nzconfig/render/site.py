"""Everything the templates see, built once from a validation Outcome: the ``site`` variable."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress, repeat
from typing import TYPE_CHECKING, cast, overload

from nzconfig.domain.cdi import SETTINGS
from nzconfig.domain.costs import pages as cost_pages
from nzconfig.domain.costs import tables as cost_tables
from nzconfig.render import cdi_view, context, findings, usage_pages
from nzconfig.render.cdi_view import CollectionCdi, Settings, SettingView
from nzconfig.render.context import Group, Member, Row, text

if TYPE_CHECKING:
    from nzconfig.engine.validate import Outcome


@dataclass(frozen=True, slots=True)
class MemberPage:
    member: Member
    count: int  # collections it has access to


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity, as Row
class Access:
    row: Row
    cdi: Settings  # the member's effective settings on the collection
    note: str  # why the settings cannot be derived from the matrix; "" when they can


@dataclass(frozen=True, slots=True)
class ChecklistGroup:
    """Collections a member's staff check alike: the same settings, or the same reason why
    there are none to set."""

    kind: str  # "matrix" (one matrix row, no override), "override", or "underivable"
    row_id: str  # "matrix": the row
    row_title: str
    note: str  # "underivable": why the settings cannot be derived
    settings: tuple[SettingView, ...]  # "matrix": the settings every collection here takes
    collections: tuple[Access, ...]  # in table order


@dataclass(frozen=True, slots=True)
class Checklist:
    """One member's checklist page: built when its page is rendered, then dropped."""

    member: Member
    count: int
    subscriptions: int
    open_access: int
    groups: tuple[ChecklistGroup, ...]  # matrix rows in matrix order, overrides, underivable
    lacking: tuple[Row, ...]  # collections it does not have


@dataclass(frozen=True, slots=True)
class MatrixLine:
    row: Row
    cells: tuple[str, ...]  # per member, in members order: "x" where it has access, else ""


class MatrixLines(Sequence[MatrixLine]):
    """The access matrix's lines, each made when it is read: held as a tuple, they kept a
    cell per collection and member (2 million at 20,000 x 100) for the whole render."""

    def __init__(self, rows: tuple[Row, ...], members: tuple[Member, ...]) -> None:
        self._rows, self._codes = rows, tuple(m.code for m in members)
        self._made: list[bytes] | None = None  # marks(), kept for the matrix's second page

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> MatrixLine: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[MatrixLine, ...]: ...

    def __getitem__(self, index: int | slice) -> MatrixLine | tuple[MatrixLine, ...]:
        if isinstance(index, slice):
            return tuple(self._line(r) for r in self._rows[index])
        return self._line(self._rows[index])

    def __iter__(self) -> Iterator[MatrixLine]:
        return map(self._line, self._rows)

    def _line(self, row: Row) -> MatrixLine:
        return MatrixLine(row, tuple(map(_CELL.__getitem__, self._marks(row))))

    def marks(self) -> Iterator[tuple[Row, bytes]]:
        """Each line as its row and a byte per member, 1 where it has access: what the bulk
        filters read, without a tuple of cells per line. Made once for the matrix's two
        pages (a byte per collection and member: 2 MB at 20,000 x 100)."""
        if self._made is None:
            self._made = [self._marks(row) for row in self._rows]
        return zip(self._rows, self._made, strict=True)

    def _marks(self, row: Row) -> bytes:
        return bytes(map(set(row.members).__contains__, self._codes))


_CELL = ("", "x")  # an access matrix cell, by whether the member has access


@dataclass(frozen=True, slots=True)
class Option:
    """One choice of a filter on the HTML table, with how many collections it matches."""

    value: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class CdiGroup:
    """Collections whose CDI settings cannot be derived for the same reason, and that no
    override sets: the CDI report says the reason once, then lists them."""

    note: str
    collections: tuple[CollectionCdi, ...]


@dataclass(frozen=True, slots=True)
class Site:
    network_name: str
    network_code: str
    stamp: str  # "" unless --stamp
    rows: tuple[Row, ...]
    groups: tuple[Group, ...]
    members: tuple[Member, ...]
    cdi: tuple[CollectionCdi, ...]
    cdi_underivable: tuple[CdiGroup, ...]
    cdi_matrix: tuple[cdi_view.MatrixRowView, ...]
    cdi_settings: tuple[str, ...]  # Alma's field names, in the CDI tab's order
    cdi_labels: tuple[str, ...]  # their labels on the CDI tab
    member_pages: tuple[MemberPage, ...]  # in members order; the pages come from ChecklistIndex
    access_matrix: MatrixLines
    member_totals: tuple[int, ...]  # collections per member, in members order
    providers: tuple[Option, ...]
    access_types: tuple[Option, ...]
    validation: findings.Validation
    open_access: findings.OpenAccessReview
    costs: cost_pages.CostPages  # the cost-share pages (nzconfig.domain.costs.pages)
    usage: usage_pages.UsagePages = field(default_factory=usage_pages.UsagePages)  # usage pages


# Every class a template sees; their fields skip the sandbox's per-read vetting.
VIEWS: tuple[type, ...] = (
    Site, CdiGroup, CollectionCdi, Access, MemberPage, ChecklistGroup, Checklist, MatrixLine,
    Option,
    Row, Group, Member, Settings, SettingView, cdi_view.MatrixRowView, findings.FindingView,
    findings.RuleGroup, findings.WaiverView, findings.Validation, findings.ReviewRule,
    findings.OpenAccessReview, cost_pages.PageSet, cost_pages.Page, cost_pages.Consortium,
    cost_tables.ResourceTable, cost_tables.ConsortiumTable, cost_tables.Cell,
    cost_tables.Transfer,
)
NO_PROVIDER = "(none)"


def build(outcome: Outcome, stamp: str = "") -> Site:
    network = outcome.network
    rows = context.rows(network)
    members = context.members(network, rows)
    by_file = {c.doc.file: c for c in network.collections}
    shown: cdi_view.Shown = {}
    cdi = tuple(cdi_view.for_collection(network, by_file[r.file], r, shown) for r in rows)
    counts = Counter(chain.from_iterable(r.members for r in rows))
    pages = tuple(MemberPage(m, counts[m.code]) for m in members)
    policy = network.policy("network")
    return Site(
        network_name=text(policy.get("name")) or "the network",
        network_code=text(policy.get("code")),
        stamp=stamp,
        rows=rows,
        groups=context.groups(rows),
        members=members,
        cdi=cdi,
        cdi_underivable=_underivable(cdi),
        cdi_matrix=cdi_view.matrix(network),
        cdi_settings=SETTINGS,
        cdi_labels=cdi_view.LABELS,
        member_pages=pages,
        access_matrix=MatrixLines(rows, members),
        member_totals=tuple(p.count for p in pages),
        providers=_options([r.package or NO_PROVIDER for r in rows]),
        access_types=_options([r.access_type for r in rows]),
        validation=findings.validation(outcome),
        open_access=findings.open_access(outcome, rows,
                                         tuple(m.code for m in members if m.known)),
        costs=cost_pages.build(network),
        usage=usage_pages.build(network),
    )


def _underivable(cdi: tuple[CollectionCdi, ...]) -> tuple[CdiGroup, ...]:
    groups: dict[str, list[CollectionCdi]] = {}
    for c in cdi:
        if not c.derivable and c.row.members and not any(g.settings for g in c.groups):
            groups.setdefault(c.note, []).append(c)
    return tuple(CdiGroup(note, tuple(found)) for note, found in groups.items())


def _options(values: list[str]) -> tuple[Option, ...]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return tuple(Option(v, v, counts[v]) for v in sorted(counts, key=lambda v: (v.casefold(), v)))


class ChecklistIndex:
    """Every member's checklist, found without walking every collection for each member.

    One pass over the collection-member pairs marks, per member, the collections it has (in
    table order) and those it takes with their matrix row's settings (in group order: matrix
    rows by their place in the matrix, then the notes of underivable collections; table
    order within each). A checklist is then a few ``compress`` calls over shared tuples, so
    a member's page costs its own length. Memory: two bytes per collection and member.
    """

    def __init__(self, site: Site) -> None:
        cdi = site.cdi
        notes: dict[str, int] = {}
        for c in cdi:
            if not c.derivable:
                notes.setdefault(c.note, len(notes))
        order = sorted(range(len(cdi)), key=lambda j: (
            (0, cdi[j].row_index) if cdi[j].derivable else (1, notes[cdi[j].note]), j))
        # The Access of each distinct Settings, shared by the members that have it; per
        # place in the group order, the one of the members without an override.
        accesses: dict[int, Access] = {}
        plain: list[Access | None] = [None] * len(cdi)
        self._has = {m.code: bytearray(len(cdi)) for m in site.members}
        self._takes = {m.code: bytearray(len(cdi)) for m in site.members}
        overridden: dict[str, list[tuple[int, Access]]] = {}
        nobody = bytearray(len(cdi))  # for a code that is not a member's (it has no page)
        marks = {code: (self._has[code], self._takes[code]) for code in self._has}
        nothing = (nobody, nobody)
        for place, j in enumerate(order):
            c = cdi[j]
            if len(c.groups) == 1 and not c.groups[0].overridden:  # no member overrides
                plain[place] = Access(c.row, c.groups[0], c.note)
                for has, takes in map(marks.get, c.row.members, repeat(nothing)):
                    has[j] = takes[place] = 1
                continue
            for code, settings in zip(c.row.members, c.per_member, strict=True):
                self._has.get(code, nobody)[j] = 1
                access = accesses.get(id(settings))
                if access is None:
                    access = accesses[id(settings)] = Access(c.row, settings, c.note)
                if settings.overridden:
                    overridden.setdefault(code, []).append((j, access))
                else:
                    plain[place] = access
                    self._takes.get(code, nobody)[place] = 1
        self._overridden = {code: tuple(a for _, a in sorted(found, key=_by_place))
                            for code, found in overridden.items()}
        self._rows = tuple(c.row for c in cdi)
        # None only where no member's take is marked: compress never picks it.
        self._plain = cast("tuple[Access, ...]", tuple(plain))
        self._table = tuple(order)  # each place's collection, by its index in the table
        self._spans: list[tuple[int, int, CollectionCdi]] = []  # each group's places
        start = 0
        for place in range(1, len(order) + 1):
            if place == len(order) or _group(cdi[order[place]]) != _group(cdi[order[start]]):
                self._spans.append((start, place, cdi[order[start]]))
                start = place
        self._kinds = {key: int.from_bytes(bytes(r.access_key == key for r in self._rows),
                                           "little")
                       for key in ("subscription", "open_access")}

    def checklist(self, member: Member) -> Checklist:
        has, takes = self._has[member.code], self._takes[member.code]
        matrix: list[ChecklistGroup] = []
        underivable: list[tuple[int, ChecklistGroup]] = []  # with its first table index
        for start, end, c in self._spans:
            found = tuple(compress(self._plain[start:end], takes[start:end]))
            if not found:
                continue
            if c.derivable:
                matrix.append(ChecklistGroup("matrix", c.row_id, c.row_title, "",
                                             found[0].cdi.settings, found))
            else:
                first = next(compress(self._table[start:end], takes[start:end]))
                underivable.append((first, ChecklistGroup("underivable", "", "", c.note, (),
                                                          found)))
        overridden = self._overridden.get(member.code)
        if overridden:
            matrix.append(ChecklistGroup("override", "", "", "", (), overridden))
        # Notes in the order the member's first collection of each comes in the table.
        groups = (*matrix, *(g for _, g in sorted(underivable, key=_by_place)))
        marks = int.from_bytes(has, "little")
        return Checklist(member, marks.bit_count(),
                         (marks & self._kinds["subscription"]).bit_count(),
                         (marks & self._kinds["open_access"]).bit_count(), groups,
                         tuple(compress(self._rows, has.translate(_FLIP))))


_FLIP = bytes.maketrans(b"\x00\x01", b"\x01\x00")


def _group(c: CollectionCdi) -> tuple[bool, int, str]:
    return (c.derivable, c.row_index, "" if c.derivable else c.note)


def _by_place(item: tuple[int, object]) -> int:
    return item[0]


def checklist(site: Site, member: Member) -> Checklist:
    """The member's checklist: its collections grouped so that each group's settings are
    stated once (a member of a large consortium has thousands of collections, few groups).
    Matrix rows in matrix order, then the per-member overrides, then collections whose
    settings cannot be derived, by reason; table order within each. A render builds one
    ChecklistIndex for all its member pages instead."""
    return ChecklistIndex(site).checklist(member)
