"""`nzconfig publish confluence` end to end against the Confluence emulator: the first publish
creates, the second changes nothing, one changed collection updates exactly its pages, a
person's edit is refused, --force overwrites, --dry-run changes nothing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from nzconfig.services.confluence_sync import PROPERTY
from tests.services.confluence_emulator import Emulator, running
from tests.support.cli import Run, run_cli
from tests.support.repos import collection, commit, init, make_repo, put

TOKEN = "s3cret-token"
BOOKS = collection("Books (TST)", ["AAA", "BBB"], package="Books Inc")


@pytest.fixture
def confluence() -> Iterator[Emulator]:
    with running(Emulator("/confluence", TOKEN)) as emulator:
        emulator.add("NZ", "Network Zone")
        yield emulator


@pytest.fixture(scope="module")
def committed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three collections in a git repository: made once, copied by each test."""
    return init(make_repo(tmp_path_factory.mktemp("publish") / "repo", [
        BOOKS, collection("Films (TST)", ["CCC"]),
        collection("Open Stuff (TST)", ["AAA", "BBB", "CCC"], access_type="open_access",
                   approval={"legacy": True})]))


@pytest.fixture
def repo(committed: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(committed, tmp_path / "repo", symlinks=True))


def publish(repo: Path, emulator: Emulator, *args: str, token: str = TOKEN) -> Run:
    env = {"CONFLUENCE_URL": emulator.url, "CONFLUENCE_TOKEN": token, "CONFLUENCE_USER": ""}
    return run_cli("publish", "confluence", repo, "--space", "NZ", "--parent", "Network Zone",
                   *args, env=env)


def verbs(result: Run) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for line in result.output.splitlines():
        verb, _, title = line.partition(" ")
        if verb in ("create", "update", "leave", "refuse", "stale"):
            found.setdefault(verb, set()).add(title)
    return found


def test_first_publish_creates_every_page_under_the_parent(repo: Path,
                                                           confluence: Emulator) -> None:
    done = publish(repo, confluence)
    assert done.code == 0, done.output
    created = verbs(done)["create"]
    assert {"TST: Shared electronic collections", "TST: Checklist for AAA (AAA Library)",
            "TST: CDI settings report", "TST: Validation summary", "TST: Open-access review",
            "TST: Access matrix", "TST: shared electronic collections (index)"} <= created
    parent = confluence.find("NZ", "Network Zone")
    assert parent is not None
    commit_id = (repo / ".git").exists()
    for title in created:
        page = confluence.find("NZ", title)
        assert page is not None and page.ancestors == [parent.id]
        assert page.message.startswith("nzconfig publish from commit ") and commit_id
        assert page.properties[PROPERTY]["value"]["version"] == page.version
    table = confluence.find("NZ", "TST: Shared electronic collections")
    assert table is not None and "<td>Books (TST)</td>" in table.body
    member = confluence.find("NZ", "TST: Checklist for AAA (AAA Library)")
    assert member is not None
    assert '<ri:page ri:content-title="TST: CDI settings report"/>' in member.body
    assert "<nav" not in member.body and "<input" not in member.body
    assert TOKEN not in done.output


def test_second_publish_changes_nothing(repo: Path, confluence: Emulator) -> None:
    assert publish(repo, confluence).code == 0
    before = len(confluence.writes())
    again = publish(repo, confluence)
    assert again.code == 0, again.output
    assert set(verbs(again)) == {"leave"}
    assert len(confluence.writes()) == before
    assert "create 0, update 0" in again.output


def test_one_changed_collection_updates_exactly_its_pages(repo: Path,
                                                         confluence: Emulator) -> None:
    assert publish(repo, confluence).code == 0
    put(repo, {**BOOKS, "package": "Books Unlimited"})
    commit(repo, "Books: new package")
    done = publish(repo, confluence)
    assert done.code == 0, done.output
    assert verbs(done)["update"] == {"TST: Shared electronic collections",
                                     "TST: Checklist for AAA (AAA Library)",
                                     "TST: Checklist for BBB (BBB Library)"}
    page = confluence.find("NZ", "TST: Checklist for AAA (AAA Library)")
    assert page is not None and page.version == 2 and "Books Unlimited" in page.body
    assert page.properties[PROPERTY]["value"]["version"] == 2


def test_a_persons_edit_is_refused_then_force_overwrites(repo: Path,
                                                        confluence: Emulator) -> None:
    assert publish(repo, confluence).code == 0
    page = confluence.find("NZ", "TST: Validation summary")
    assert page is not None
    confluence.person_edits(page.id, "<p>my notes</p>")
    put(repo, {**BOOKS, "package": "Books Unlimited"})
    commit(repo, "Books: new package")
    refused = publish(repo, confluence)
    assert refused.code == 1
    assert ("refuse TST: Validation summary\n  edited by Jane Librarian since nzconfig "
            "published it (version 2, nzconfig wrote version 1)") in refused.output
    assert page.body == "<p>my notes</p>"
    assert "TST: Shared electronic collections" in verbs(refused)["update"]  # the others go on

    forced = publish(repo, confluence, "--force")
    assert forced.code == 0, forced.output
    assert verbs(forced)["update"] == {"TST: Validation summary"}
    assert page.version == 3 and "my notes" not in page.body
    assert set(verbs(publish(repo, confluence))) == {"leave"}


def test_a_page_nzconfig_did_not_publish_is_not_overwritten(repo: Path,
                                                            confluence: Emulator) -> None:
    parent = confluence.find("NZ", "Network Zone")
    assert parent is not None
    mine = confluence.add("NZ", "TST: Access matrix", parent.id, "<p>hand-made</p>")
    done = publish(repo, confluence)
    assert done.code == 1
    assert "refuse TST: Access matrix\n  a page of this title exists" in done.output
    assert mine.body == "<p>hand-made</p>"


def test_dry_run_lists_and_changes_nothing(repo: Path, confluence: Emulator) -> None:
    first = publish(repo, confluence, "--dry-run")
    assert first.code == 0, first.output
    assert "TST: Access matrix" in verbs(first)["create"]
    assert confluence.writes() == []
    assert "would create" in first.output
    assert publish(repo, confluence).code == 0
    put(repo, {**BOOKS, "package": "Books Unlimited"})
    before = len(confluence.writes())
    dry = publish(repo, confluence, "--dry-run")
    assert len(verbs(dry)["update"]) == 3 and "leave" in verbs(dry)
    assert len(confluence.writes()) == before


def test_rate_limits_are_waited_out(repo: Path, confluence: Emulator) -> None:
    confluence.throttle(3)
    assert publish(repo, confluence).code == 0


def test_bad_credentials_exit_2_without_the_token(repo: Path, confluence: Emulator) -> None:
    done = publish(repo, confluence, token="not-the-token-42")
    assert done.code == 2
    assert "refused the credentials (HTTP 401)" in done.output
    assert "not-the-token-42" not in done.output


def test_a_missing_parent_is_named(repo: Path, confluence: Emulator) -> None:
    env = {"CONFLUENCE_URL": confluence.url, "CONFLUENCE_TOKEN": TOKEN}
    done = run_cli("publish", "confluence", repo, "--space", "NZ", "--parent", "Nowhere",
                   env=env)
    assert done.code == 2
    assert "no parent page `Nowhere` in space NZ" in done.output


def test_a_page_no_longer_produced_is_named_stale(repo: Path, confluence: Emulator) -> None:
    assert publish(repo, confluence).code == 0
    removed = run_cli("member", "remove", "CCC", "--repo", repo)
    assert removed.code == 0, removed.output
    commit(repo, "CCC left")
    done = publish(repo, confluence)
    assert done.code == 0, done.output
    assert verbs(done)["stale"] == {"TST: Checklist for CCC (CCC Library)"}
    assert confluence.find("NZ", "TST: Checklist for CCC (CCC Library)") is not None
    assert "stale 1" in done.output
