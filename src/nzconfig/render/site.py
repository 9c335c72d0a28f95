"""Everything the templates see, built once from a validation Outcome: the ``site`` variable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from nzconfig.cdi import SETTINGS
from nzconfig.costs import pages as cost_pages
from nzconfig.render import cdi_view, context, findings
from nzconfig.render.cdi_view import MemberSettings
from nzconfig.render.context import Group, Member, Row, text

if TYPE_CHECKING:
    from nzconfig.check import Outcome


@dataclass(frozen=True, slots=True)
class CollectionCdi:
    row: Row
    members: tuple[MemberSettings, ...]


@dataclass(frozen=True, slots=True)
class Access:
    row: Row
    cdi: MemberSettings


@dataclass(frozen=True, slots=True)
class MemberPage:
    member: Member
    access: tuple[Access, ...]  # collections it has access to, in table order
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
    member_pages: tuple[MemberPage, ...]
    access_matrix: tuple[MatrixLine, ...]
    member_totals: tuple[int, ...]  # collections per member, in members order
    providers: tuple[Option, ...]
    access_types: tuple[Option, ...]
    validation: findings.Validation
    open_access: findings.OpenAccessReview
    costs: cost_pages.CostPages  # the cost-share pages (nzconfig.costs.pages)


# Every class a template sees; their fields skip the sandbox's per-read vetting.
VIEWS: tuple[type, ...] = (
    Site, CollectionCdi, Access, MemberPage, MatrixLine, Option, Row, Group, Member,
    MemberSettings, cdi_view.SettingView, cdi_view.MatrixRowView, findings.FindingView,
    findings.RuleGroup, findings.WaiverView, findings.Validation, findings.ReviewRule,
    findings.OpenAccessReview,
)
NO_PROVIDER = "(none)"


def build(outcome: Outcome, stamp: str = "") -> Site:
    network = outcome.network
    rows = context.rows(network)
    members = context.members(network, rows)
    by_file = {c.doc.file: c for c in network.collections}
    cdi = tuple(CollectionCdi(r, cdi_view.for_collection(network, by_file[r.file], r.members))
                for r in rows)
    access: dict[str, list[Access]] = {m.code: [] for m in members}
    for c in cdi:
        for settings in c.members:
            access.setdefault(settings.member, []).append(Access(c.row, settings))
    pages = []
    for m in members:
        have = {a.row.anchor for a in access[m.code]}
        lacking = tuple(r for r in rows if r.anchor not in have)
        pages.append(MemberPage(m, tuple(access[m.code]), lacking))
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
        member_pages=tuple(pages),
        access_matrix=tuple(MatrixLine(r, tuple("x" if m.code in r.members else ""
                                                for m in members)) for r in rows),
        member_totals=tuple(len(p.access) for p in pages),
        providers=_options([r.package or NO_PROVIDER for r in rows]),
        access_types=_options([r.access_type for r in rows]),
        validation=findings.validation(outcome),
        open_access=findings.open_access(outcome, rows),
        costs=cost_pages.build(network),
    )


def _options(values: list[str]) -> tuple[Option, ...]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return tuple(Option(v, v, counts[v]) for v in sorted(counts, key=lambda v: (v.casefold(), v)))
