"""Reading the Network Zone's collections and members' inheritance (services.alma.fetch)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from nzconfig.services.alma.client import Client
from nzconfig.services.alma.fetch import collection_path, read, read_collections
from nzconfig.services.alma.settings import Settings, settings
from tests.services.alma_emulator import NZ_READ_KEY, Emulator, member_key
from tests.services.conftest import FAST, start
from tests.support.alma import small_repo


@pytest.fixture
def alma(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Emulator, Settings]]:
    import yaml

    emulator = start(small_repo(tmp_path / "repo"), monkeypatch)
    yield emulator, settings(yaml.safe_load(FAST))
    emulator.stop()


def test_collection_path_quotes_the_id() -> None:
    assert collection_path("61/0 ?") == "electronic/e-collections/61%2F0%20%3F"


def test_read_collections_gives_remotes_in_the_repositorys_words(
        alma: tuple[Emulator, Settings]) -> None:
    _, config = alma
    with Client(config, NZ_READ_KEY) as nz:
        (books,) = read_collections(config, nz)
        requests = nz.requests
    assert (books.name, books.members, books.access_type, books.status) == (
        "Books (TST)", ("AAA", "BBB"), "subscription", "active")
    assert books.linking == {"level": "book", "method": "link_resolver"}
    assert requests == 3  # the list, the collection, its services


def test_read_uses_member_keys_where_given(alma: tuple[Emulator, Settings]) -> None:
    emulator, config = alma
    emulator.state.tables["BBB"]["ResourcesOtherSettings"]["row"][0]["column1"] = "N"
    keys = {"AAA": member_key("AAA"), "BBB": member_key("BBB")}
    with Client(config, NZ_READ_KEY) as nz:
        snapshot = read(config, nz, ["CCC", "BBB", "AAA", "BBB"], keys.get)
    assert snapshot.inheritance == {"AAA": True, "BBB": False}
    assert snapshot.unchecked == ["CCC"]
    assert snapshot.requests == 5 and len(snapshot.collections) == 1
