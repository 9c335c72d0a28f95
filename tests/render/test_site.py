"""The view data every page is rendered from (render.site.build, checklist)."""

from __future__ import annotations

import pytest

from nzconfig.engine.validate import validate
from nzconfig.render.site import NO_PROVIDER, Site, build, checklist
from tests.support.repos import collection, make_repo

LINKING = {"level": "book", "method": "link_resolver"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    repo = make_repo(tmp_path_factory.mktemp("site") / "repo", [
        collection("Books (TST)", ["AAA", "BBB"], package="Pub", linking=LINKING),
        collection("Films (TST)", ["BBB"], package="pub"),
        collection("Open (TST)", ["AAA"], access_type="open_access",
                   approval={"legacy": True}, linking=LINKING,
                   cdi={"AAA": {"cdi_search_activation_status": False, "reason": "r"}}),
    ])
    return build(validate(repo), stamp="2026-01-01T00:00:00Z")


def test_the_network_and_its_rows(site: Site) -> None:
    assert (site.network_name, site.network_code, site.stamp) == (
        "Test Consortium", "TST", "2026-01-01T00:00:00Z")
    assert [r.name for r in site.rows] == ["Books (TST)", "Films (TST)", "Open (TST)"]
    assert [g.key for g in site.groups] == ["subscription", "open_access"]
    assert [m.code for m in site.members] == ["AAA", "BBB", "CCC"]


def test_totals_options_and_the_access_matrix(site: Site) -> None:
    assert [(p.member.code, p.count) for p in site.member_pages] == [
        ("AAA", 2), ("BBB", 2), ("CCC", 0)]
    assert site.member_totals == (2, 2, 0)
    assert [(o.value, o.count) for o in site.providers] == [
        (NO_PROVIDER, 1), ("Pub", 1), ("pub", 1)]
    assert [(o.value, o.count) for o in site.access_types] == [
        ("Open Access", 1), ("Subscription", 2)]
    assert len(site.access_matrix) == 3
    assert [line.row.name for line in site.access_matrix[1:]] == ["Films (TST)", "Open (TST)"]


def test_a_member_checklist_groups_its_collections(site: Site) -> None:
    aaa = checklist(site, site.members[0])
    assert (aaa.count, aaa.subscriptions, aaa.open_access) == (2, 1, 1)
    assert [g.kind for g in aaa.groups] == ["matrix", "override"]
    assert [a.row.name for a in aaa.groups[1].collections] == ["Open (TST)"]
    assert [r.name for r in aaa.lacking] == ["Films (TST)"]
    bbb = checklist(site, site.members[1])
    assert [g.kind for g in bbb.groups] == ["matrix", "underivable"]
    assert "linking" in bbb.groups[1].note
    ccc = checklist(site, site.members[2])
    assert (ccc.count, ccc.groups, len(ccc.lacking)) == (0, (), 3)


def test_members_with_the_same_settings_get_the_same_access(site: Site) -> None:
    a = checklist(site, site.members[0])
    b = checklist(site, site.members[1])
    books_a = a.groups[0].collections[0]
    books_b = b.groups[0].collections[0]
    assert books_a.row.name == books_b.row.name == "Books (TST)"
    shown = [(s.name, s.shown, s.source) for s in books_a.cdi.settings]
    assert shown == [(s.name, s.shown, s.source) for s in books_b.cdi.settings]
    assert shown == [("cdi_search_activation_status", "Active", "matrix"),
                     ("subscribe_to_only_some_titles_in_the_collection", "Yes", "matrix")]
