"""The collections and members as the wiki table shows them (render.context)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nzconfig.loading.loader import Document
from nzconfig.loading.model import Collection, Institution, Network
from nzconfig.render.context import _codes, groups, label, members, row, rows, text


def _c(file: str, **data: Any) -> Collection:
    return Collection(Document(f"collections/{file}.yaml", data))


def _network(*collections: Collection, **institutions: dict[str, Any]) -> Network:
    return Network(Path("."), collections=list(collections), institutions={
        code: Institution(Document(f"institutions/{code}.yaml", {"code": code, **data}))
        for code, data in institutions.items()})


def test_text_drops_control_characters_and_none() -> None:
    assert text(None) == "" and text(3) == "3"
    assert text("a\x00b\x1bc\td\ne\x7f") == "abc\td\ne"
    assert text("plain ASCII, kept") == "plain ASCII, kept"
    assert text("\u00e9t\u00e9\x00 \u202e") == "\u00e9t\u00e9 \u202e"  # only controls go


def test_label_adds_the_cz_name_only_when_it_says_more() -> None:
    assert label("Bloomsbury Open Access (WRLC)", "Bloomsbury Open Access") == \
        "Bloomsbury Open Access (WRLC)"
    assert label("JSTOR (WRLC)", "jstor") == "JSTOR (WRLC)"
    assert label("Books (WRLC)", "Books Complete") == "Books (WRLC) (Books Complete)"
    assert label("Books extra", "Books") == "Books extra (Books)"
    assert label("Books", "") == "Books"


def test_a_row_of_the_table() -> None:
    r = row(_c("books", name="Books (TST)", cz_name="Books CZ", access_type="open_access",
               managed_via="import_profile", members=["BBB", "AAA", "BBB"], availability=["x"],
               linking={"level": "book", "method": "link_resolver"}, status="inactive"))
    assert (r.title, r.label, r.managed_via, r.access_type, r.access_key) == (
        "Books (TST) (Books CZ)", "Books (TST) (Books CZ)", "Import Profile", "Open Access",
        "open_access")
    assert (r.members, r.availability, r.status, r.active) == (
        ("AAA", "BBB"), ("x",), "inactive", False)
    assert (r.anchor, r.file, r.linking, r.package) == (
        "books-tst", "collections/books.yaml", "book / link_resolver", "")
    odd = row(_c("odd", name="***", access_type="free", managed_via="fax"))
    assert (odd.anchor, odd.access_type, odd.managed_via, odd.linking) == (
        "collection", "free", "fax", "")


def test_rows_sort_subscriptions_then_open_access_ignoring_case_with_unique_anchors() -> None:
    network = _network(
        _c("a", name="b oa", access_type="open_access"),
        _c("b", name="Zed", access_type="subscription"),
        _c("c", name="alpha", access_type="subscription"),
        _c("d", name="Alpha", access_type="subscription"),
        _c("e", name="other", access_type="free"))
    ordered = rows(network)
    assert [r.name for r in ordered] == ["Alpha", "alpha", "Zed", "b oa", "other"]
    assert [r.anchor for r in ordered[:2]] == ["alpha", "alpha-2"]
    assert [(g.key, g.label, len(g.rows)) for g in groups(ordered)] == [
        ("subscription", "Subscription", 3), ("open_access", "Open Access", 1),
        ("free", "free", 1)]


def test_members_are_every_institution_and_every_code_named() -> None:
    network = _network(_c("a", name="A", members=["AAA", "QQQ", "bad code"]),
                       AAA={"name": "Alpha Library", "cdi_consortia_inheritance": False},
                       BBB={"cdi_consortia_inheritance": "yes"})
    found = members(network, rows(network))
    assert [(m.code, m.label, m.page, m.inheritance, m.known) for m in found] == [
        ("AAA", "AAA (Alpha Library)", "members/AAA.md", False, True),
        ("BBB", "BBB", "members/BBB.md", None, True),
        ("QQQ", "QQQ", "members/QQQ.md", None, False)]


@pytest.mark.parametrize("members", [
    ("BBB", "AAA", "BBB"),
    ("BBB", "A\x07AA", "AAA"),  # a control character is dropped, then the two are one
    ("BBB", 3, None, "AAA"),  # not text (the schema refuses it): shown as text all the same
    (),
])
def test_member_codes_are_shown_distinct_and_sorted(members: tuple[Any, ...]) -> None:
    assert _codes(members) == tuple(sorted({text(m) for m in members}))
