"""site.ChecklistIndex gives every member the checklist that walking every collection gives.

The reference below is the walk the index replaced (each member's page looked at every
collection); both shapes of the benchmark's generator are compared member by member: groups
in the same order with the same Access objects' content, counts and collections lacking.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import generate
from nzconfig.engine.validate import validate
from nzconfig.render import site
from nzconfig.render.cdi_view import CollectionCdi
from nzconfig.render.context import Member, Row
from tests.conftest import ROOT
from tests.support.repos import collection, make_repo

Shown = tuple[str, str, str, str, tuple[str, ...], tuple[tuple[str, str, str], ...]]


def _walked(built: site.Site, member: Member) -> tuple[int, int, int, list[Shown], list[Row]]:
    """The checklist by walking every collection, as render did before the index."""
    matrix: dict[int, tuple[CollectionCdi, list[site.Access]]] = {}
    overridden: list[site.Access] = []
    underivable: dict[str, list[site.Access]] = {}
    lacking, kinds = [], []
    for c in built.cdi:
        if member.code not in c.row.members:
            lacking.append(c.row)
            continue
        settings = c.per_member[c.row.members.index(member.code)]
        access = site.Access(c.row, settings, c.note)
        kinds.append(c.row.access_key)
        if settings.overridden:
            overridden.append(access)
        elif c.derivable:
            matrix.setdefault(c.row_index, (c, []))[1].append(access)
        else:
            underivable.setdefault(c.note, []).append(access)
    groups = [("matrix", c.row_id, c.row_title, "", a[0].cdi.settings, a)
              for c, a in (matrix[i] for i in sorted(matrix))]
    if overridden:
        groups.append(("override", "", "", "", (), overridden))
    groups += [("underivable", "", "", note, (), a) for note, a in underivable.items()]
    shown = [(kind, row_id, title, note, tuple(s.name for s in settings),
              tuple((a.row.file, a.cdi.overridden, a.note) for a in found))
             for kind, row_id, title, note, settings, found in groups]
    return (len(kinds), kinds.count("subscription"), kinds.count("open_access"), shown,
            lacking)


@pytest.mark.parametrize("shape", ["wrlc", "wide"])
def test_every_member_gets_the_checklist_walking_gave(shape: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NZCONFIG_TODAY", "2026-01-15")
    repo = tmp_path / shape
    generate.generate(repo, 60, 12, 7, ROOT / "policies", shape)
    built = site.build(validate(repo))
    index = site.ChecklistIndex(built)
    kinds: set[str] = set()
    for member in built.members:
        got = index.checklist(member)
        count, subscriptions, open_access, groups, lacking = _walked(built, member)
        assert (got.count, got.subscriptions, got.open_access) == (
            count, subscriptions, open_access)
        assert list(got.lacking) == lacking
        assert [(g.kind, g.row_id, g.row_title, g.note, tuple(s.name for s in g.settings),
                 tuple((a.row.file, a.cdi.overridden, a.note) for a in g.collections))
                for g in got.groups] == groups
        kinds |= {g.kind for g in got.groups}
    # The case is not vacuous: every kind of group occurs (overrides in the wide shape).
    assert kinds >= {"matrix", "underivable"} | ({"override"} if shape == "wide" else set())


def test_reasons_come_in_the_order_of_the_members_own_collections(tmp_path: Path) -> None:
    """BBB's first collection without settings lacks a matrix row, AAA's lacks linking: each
    checklist states its own first reason first (the table's first is AAA's)."""
    journal = {"level": "journal", "method": "link_resolver"}
    repo = make_repo(tmp_path, [collection("A one", ["AAA"]),
                                collection("B two", ["AAA", "BBB"], linking=journal),
                                collection("C three", ["BBB"])])
    built = site.build(validate(repo))
    notes = {m.code: [g.note[:10] for g in site.checklist(built, m).groups]
             for m in built.members}
    assert notes == {"AAA": ["the collec", "no row of "], "BBB": ["no row of ", "the collec"],
                     "CCC": []}
