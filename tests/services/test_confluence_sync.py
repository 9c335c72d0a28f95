"""Create what is missing, update what changed, refuse a person's edit
(services.confluence_sync), against the Confluence emulator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nzconfig.services.confluence import Confluence, ConfluenceError, Credentials
from nzconfig.services.confluence_sync import PROPERTY, Action, Document, digest, publish
from tests.services.confluence_emulator import Emulator, running

TOKEN = "s3cret-token"
DOCS = [Document("TST: One", "<p>one</p>"), Document("TST: Two", "<p>two</p>")]


@pytest.fixture
def confluence() -> Iterator[tuple[Emulator, Confluence]]:
    with running(Emulator("/confluence", TOKEN)) as emulator:
        emulator.add("NZ", "Network Zone")
        with Confluence(Credentials(emulator.url, "", TOKEN)) as client:
            yield emulator, client


def _verbs(actions: list[Action]) -> list[tuple[str, str]]:
    return [(a.verb, a.title) for a in actions]


def test_digest_depends_on_parent_title_and_body() -> None:
    one = digest(Document("a", "b"), "1")
    assert len(one) == 64 and one == digest(Document("a", "b"), "1")
    assert len({one, digest(Document("a", "b"), "2"), digest(Document("ab", ""), "1"),
                digest(Document("a", "c"), "1")}) == 4


def test_create_then_leave_then_update_what_changed(
        confluence: tuple[Emulator, Confluence]) -> None:
    emulator, client = confluence
    assert _verbs(publish(client, "NZ", "Network Zone", DOCS, "m")) == [
        ("create", "TST: One"), ("create", "TST: Two")]
    one = emulator.find("NZ", "TST: One")
    assert one is not None and one.body == "<p>one</p>"
    parent = emulator.find("NZ", "Network Zone")
    assert parent is not None and one.ancestors[-1] == parent.id
    assert client.property(one.id, PROPERTY) is not None
    assert _verbs(publish(client, "NZ", parent.id, DOCS, "m")) == [
        ("leave", "TST: One"), ("leave", "TST: Two")]
    changed = [DOCS[0], Document("TST: Two", "<p>2</p>")]
    actions = publish(client, "NZ", "Network Zone", changed, "m")
    assert _verbs(actions) == [("leave", "TST: One"), ("update", "TST: Two")]
    assert actions[1].why == "the content changed"


def test_a_persons_edit_is_refused_unless_forced(
        confluence: tuple[Emulator, Confluence]) -> None:
    emulator, client = confluence
    publish(client, "NZ", "Network Zone", DOCS, "m")
    one = emulator.find("NZ", "TST: One")
    assert one is not None
    emulator.person_edits(one.id, "<p>mine</p>")
    (refused, _) = publish(client, "NZ", "Network Zone", DOCS, "m")
    assert refused.verb == "refuse" and "edited by Jane Librarian since nzconfig published " \
        "it (version 2, nzconfig wrote version 1)" in refused.why
    assert one.body == "<p>mine</p>"
    (forced, _) = publish(client, "NZ", "Network Zone", DOCS, "m", force=True)
    assert forced.verb == "update" and forced.why.endswith("overwritten (--force)")
    assert one.body == "<p>one</p>"


def test_a_page_nzconfig_did_not_publish_is_refused(
        confluence: tuple[Emulator, Confluence]) -> None:
    emulator, client = confluence
    emulator.add("NZ", "TST: One", body="<p>a person's page</p>")
    actions = publish(client, "NZ", "Network Zone", DOCS[:1], "m")
    assert actions[0].verb == "refuse" and "nzconfig did not publish" in actions[0].why
    assert publish(client, "NZ", "Network Zone", DOCS[:1], "m", force=True)[0].verb == "update"


def test_dry_run_writes_nothing_and_stale_pages_are_named(
        confluence: tuple[Emulator, Confluence]) -> None:
    emulator, client = confluence
    before = len(emulator.writes())
    assert _verbs(publish(client, "NZ", "Network Zone", DOCS, "m", dry_run=True)) == [
        ("create", "TST: One"), ("create", "TST: Two")]
    assert len(emulator.writes()) == before and emulator.find("NZ", "TST: One") is None
    publish(client, "NZ", "Network Zone", DOCS, "m")
    actions = publish(client, "NZ", "Network Zone", DOCS[:1], "m")
    assert _verbs(actions) == [("leave", "TST: One"), ("stale", "TST: Two")]


def test_a_missing_parent_is_an_error(confluence: tuple[Emulator, Confluence]) -> None:
    _, client = confluence
    with pytest.raises(ConfluenceError, match="no parent page `Nowhere` in space NZ"):
        publish(client, "NZ", "Nowhere", DOCS, "m")
