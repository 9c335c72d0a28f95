"""Everything the templates see, built once from a validation Outcome: the ``site`` variable."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from nzconfig.domain.cdi import SETTINGS
from nzconfig.domain.costs import pages as cost_pages
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


@dataclass(frozen=True, slots=True)
class Option:
    """One choice of a filter on the HTML table, with how many collections it matches."""

    value: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Site:
    network_name: str
    network_code: str
    stamp: str  # "" unless --stamp
    rows: tuple[Row, ...]
    groups: tuple[Group, ...]
    members: tuple[Member, ...]
    cdi: tuple[CollectionCdi, ...]
    cdi_matrix: tuple[cdi_view.MatrixRowView, ...]
    cdi_settings: tuple[str, ...]  # Alma's field names, in the CDI tab's order
    cdi_labels: tuple[str, ...]  # their labels on the CDI tab
    member_pages: tuple[MemberPage, ...]  # in members order; the pages come from checklist()
    access_matrix: tuple[MatrixLine, ...]
    member_totals: tuple[int, ...]  # collections per member, in members order
    providers: tuple[Option, ...]
    access_types: tuple[Option, ...]
    validation: findings.Validation
    open_access: findings.OpenAccessReview
    costs: cost_pages.CostPages  # the cost-share pages (nzconfig.domain.costs.pages)
    usage: usage_pages.UsagePages = field(default_factory=usage_pages.UsagePages)  # usage pages


# Every class a template sees; their fields skip the sandbox's per-read vetting.
VIEWS: tuple[type, ...] = (
    Site, CollectionCdi, Access, MemberPage, ChecklistGroup, Checklist, MatrixLine, Option,
    Row, Group, Member, Settings, SettingView, cdi_view.MatrixRowView, findings.FindingView,
    findings.RuleGroup, findings.WaiverView, findings.Validation, findings.ReviewRule,
    findings.OpenAccessReview,
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
        cdi_matrix=cdi_view.matrix(network),
        cdi_settings=SETTINGS,
        cdi_labels=cdi_view.LABELS,
        member_pages=pages,
        access_matrix=tuple(MatrixLine(r, tuple("x" if m.code in r.members else ""
                                                for m in members)) for r in rows),
        member_totals=tuple(p.count for p in pages),
        providers=_options([r.package or NO_PROVIDER for r in rows]),
        access_types=_options([r.access_type for r in rows]),
        validation=findings.validation(outcome),
        open_access=findings.open_access(outcome, rows),
        costs=cost_pages.build(network),
        usage=usage_pages.build(network),
    )


def _options(values: list[str]) -> tuple[Option, ...]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return tuple(Option(v, v, counts[v]) for v in sorted(counts, key=lambda v: (v.casefold(), v)))


def checklist(site: Site, member: Member) -> Checklist:
    """The member's checklist: its collections grouped so that each group's settings are
    stated once (a member of a large consortium has thousands of collections, few groups)."""
    matrix: dict[int, tuple[CollectionCdi, list[Access]]] = {}  # by matrix row
    overridden: list[Access] = []
    underivable: dict[str, list[Access]] = {}
    lacking = []
    counts: Counter[str] = Counter()
    for c in site.cdi:
        codes = c.row.members  # sorted
        i = bisect_left(codes, member.code)
        if i == len(codes) or codes[i] != member.code:
            lacking.append(c.row)
            continue
        access = Access(c.row, c.per_member[i], c.note)
        counts[c.row.access_key] += 1
        if access.cdi.overridden:
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
    return Checklist(member, sum(counts.values()), counts["subscription"],
                     counts["open_access"], tuple(groups), tuple(lacking))
