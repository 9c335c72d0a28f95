"""Everything the templates see, built once from a validation Outcome: the ``site`` variable."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, overload

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


@dataclass(frozen=True, slots=True)
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
        members = set(row.members)
        return MatrixLine(row, tuple("x" if code in members else "" for code in self._codes))


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
    member_pages: tuple[MemberPage, ...]  # in members order; the pages come from checklist()
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
    cdi = tuple(cdi_view.for_collection(network, by_file[r.file], r) for r in rows)
    counts = Counter(m for r in rows for m in r.members)
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
        open_access=findings.open_access(outcome, rows),
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


def checklist(site: Site, member: Member,
              accesses: dict[int, Access] | None = None) -> Checklist:
    """The member's checklist: its collections grouped so that each group's settings are
    stated once (a member of a large consortium has thousands of collections, few groups).

    ``accesses`` keeps the Access of each collection's distinct settings across the pages
    of one render: members with the same settings on a collection share one."""
    cache: dict[int, Access] = {} if accesses is None else accesses
    matrix: dict[int, tuple[CollectionCdi, list[Access]]] = {}  # by matrix row
    overridden: list[Access] = []
    underivable: dict[str, list[Access]] = {}
    lacking = []
    counts: dict[str, int] = {}
    code = member.code
    for c in site.cdi:
        codes = c.row.members  # sorted
        i = bisect_left(codes, code)
        if i == len(codes) or codes[i] != code:
            lacking.append(c.row)
            continue
        settings = c.per_member[i]
        access = cache.get(id(settings))
        if access is None or access.cdi is not settings:
            access = cache[id(settings)] = Access(c.row, settings, c.note)
        key = c.row.access_key
        counts[key] = counts.get(key, 0) + 1
        if settings.overridden:
            overridden.append(access)
        elif c.derivable:
            matrix.setdefault(c.row_index, (c, []))[1].append(access)
        else:
            underivable.setdefault(c.note, []).append(access)
    groups = [ChecklistGroup("matrix", c.row_id, c.row_title, "", a[0].cdi.settings, tuple(a))
              for c, a in (matrix[i] for i in sorted(matrix))]
    if overridden:
        groups.append(ChecklistGroup("override", "", "", "", (), tuple(overridden)))
    groups += [ChecklistGroup("underivable", "", "", note, (), tuple(a))
               for note, a in underivable.items()]
    return Checklist(member, sum(counts.values()), counts.get("subscription", 0),
                     counts.get("open_access", 0), tuple(groups), tuple(lacking))
