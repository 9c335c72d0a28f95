"""The Confluence client against the emulator (a real HTTP server on 127.0.0.1): Cloud and
Data Center addressing, 401, 429 with Retry-After, 409 on a version conflict, and the token
never in a message."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nzconfig.services.confluence import (
    Conflict,
    Confluence,
    ConfluenceError,
    Credentials,
)
from tests.services.confluence_emulator import Emulator, running

TOKEN = "s3cret-token"


@pytest.fixture
def cloud() -> Iterator[Emulator]:
    with running(Emulator("/wiki", TOKEN, user="nz@example.edu")) as emulator:
        yield emulator


@pytest.fixture
def datacenter() -> Iterator[Emulator]:
    with running(Emulator("/confluence", TOKEN)) as emulator:
        yield emulator


def client(emulator: Emulator, token: str = TOKEN, user: str | None = None) -> Confluence:
    env = {"CONFLUENCE_URL": emulator.url, "CONFLUENCE_TOKEN": token,
           "CONFLUENCE_USER": emulator.user if user is None else user}
    return Confluence(Credentials.from_env(env), sleep=lambda seconds: None)


def test_cloud_basic_authentication_under_wiki(cloud: Emulator) -> None:
    parent = cloud.add("NZ", "Network Zone")
    with client(cloud) as c:
        page = c.create("NZ", parent.id, "A page", "<p>x</p>", "first")
        assert c.find("NZ", "A page") == page
        assert page.parent == parent.id and page.version == 1
    assert cloud.requests[0] == ("POST", "/rest/api/content")


def test_data_center_bearer_token_under_a_context_path(datacenter: Emulator) -> None:
    datacenter.add("NZ", "Network Zone")
    with client(datacenter) as c:
        assert c.find("NZ", "Network Zone") is not None
        assert c.find("NZ", "No such page") is None


def test_update_sends_the_next_version_and_a_conflict_is_409(datacenter: Emulator) -> None:
    parent = datacenter.add("NZ", "Network Zone")
    with client(datacenter) as c:
        page = c.create("NZ", parent.id, "A page", "<p>1</p>", "first")
        newer = c.update(page, parent.id, "A page", "<p>2</p>", "second")
        assert newer.version == 2
        assert datacenter.pages[page.id].message == "second"
        with pytest.raises(Conflict) as caught:
            c.update(page, parent.id, "A page", "<p>3</p>", "stale")  # read at version 1
        assert caught.value.status == 409 and "Current version is: 2" in caught.value.message


def test_properties_are_created_then_versioned(datacenter: Emulator) -> None:
    parent = datacenter.add("NZ", "Network Zone")
    with client(datacenter) as c:
        assert c.property(parent.id, "k") is None
        c.set_property(parent.id, "k", {"hash": "a"}, None)
        first = c.property(parent.id, "k")
        assert first is not None and first.value == {"hash": "a"} and first.version == 1
        c.set_property(parent.id, "k", {"hash": "b"}, first)
        second = c.property(parent.id, "k")
        assert second is not None and second.value == {"hash": "b"} and second.version == 2


@pytest.mark.parametrize("user", ["", "nz@example.edu"])
def test_wrong_credentials_say_so_without_the_token(datacenter: Emulator, user: str) -> None:
    with client(datacenter, token="wrong-token-123", user=user) as c, \
            pytest.raises(ConfluenceError) as caught:
        c.find("NZ", "x")
    assert caught.value.status == 401
    assert "CONFLUENCE_TOKEN" in caught.value.message
    assert "wrong-token-123" not in caught.value.message


def test_429_is_retried_after_the_wait_the_server_asks_for(datacenter: Emulator) -> None:
    datacenter.add("NZ", "Network Zone")
    waits: list[float] = []
    env = {"CONFLUENCE_URL": datacenter.url, "CONFLUENCE_TOKEN": TOKEN}
    with Confluence(Credentials.from_env(env), sleep=waits.append) as c:
        datacenter.throttle(2)
        assert c.find("NZ", "Network Zone") is not None
        assert waits == [0.0, 0.0]
        datacenter.throttle(10)
        with pytest.raises(ConfluenceError) as caught:
            c.find("NZ", "Network Zone")
        assert caught.value.status == 429


@pytest.mark.parametrize("env, words", [
    ({}, "set CONFLUENCE_URL and CONFLUENCE_TOKEN"),
    ({"CONFLUENCE_URL": "https://x.atlassian.net/wiki"}, "set CONFLUENCE_TOKEN"),
    ({"CONFLUENCE_URL": "ftp://x", "CONFLUENCE_TOKEN": "t"}, "http(s) address"),
    ({"CONFLUENCE_URL": "https://me:pw@x.atlassian.net/wiki", "CONFLUENCE_TOKEN": "t"},
     "no credentials"),
    ({"CONFLUENCE_URL": "http://wiki.example.edu", "CONFLUENCE_TOKEN": "t"}, "plain http"),
])
def test_credentials_only_from_the_environment(env: dict[str, str], words: str) -> None:
    with pytest.raises(ConfluenceError) as caught:
        Credentials.from_env(env)
    assert words in caught.value.message
    assert "pw" not in caught.value.message


def test_an_unreachable_site_is_an_error_not_a_traceback() -> None:
    env = {"CONFLUENCE_URL": "http://127.0.0.1:9/wiki", "CONFLUENCE_TOKEN": TOKEN}
    with Confluence(Credentials.from_env(env)) as c, pytest.raises(ConfluenceError) as caught:
        c.find("NZ", "x")
    assert "cannot reach Confluence" in caught.value.message


def test_children_are_listed_page_by_page(datacenter: Emulator) -> None:
    parent = datacenter.add("NZ", "Network Zone")
    for i in range(230):
        datacenter.add("NZ", f"Child {i}", parent.id)
    with client(datacenter) as c:
        titles = [p.title for p in c.children(parent.id)]
    assert titles == [f"Child {i}" for i in range(230)]
    assert sum(1 for r in datacenter.requests if r[1].endswith("/child/page")) == 3
