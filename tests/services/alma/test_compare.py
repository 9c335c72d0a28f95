"""The repository against a Snapshot of Alma, field by field (services.alma.compare)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nzconfig.core.catalog import (
    DRIFT_ACCESS,
    DRIFT_ALMA_ID,
    DRIFT_INHERITANCE,
    DRIFT_MISSING,
    DRIFT_NAME,
    DRIFT_PROXY,
    DRIFT_STATUS,
    DRIFT_UNCHECKED,
    DRIFT_UNRECORDED,
)
from nzconfig.core.diagnostics import Severity
from nzconfig.engine.validate import validate
from nzconfig.loading.model import Network
from nzconfig.services.alma.compare import differences, matches
from nzconfig.services.alma.fetch import Snapshot
from nzconfig.services.alma.mapping import Remote
from tests.support.repos import collection, make_repo

LINKING = {"level": "book", "method": "link_resolver"}


def _remote(name: str = "Books (TST)", alma_id: str = "61", **fields: Any) -> Remote:
    values: dict[str, Any] = {"public_name": None, "access_type": "subscription",
                              "status": "active", "linking": LINKING, "proxy": "default",
                              "members": ("AAA", "BBB")}
    values.update(fields)
    return Remote(alma_id, name, **values)


def _network(tmp_path: Path, **fields: Any) -> Network:
    repo = make_repo(tmp_path / "repo", [collection("Books (TST)", ["AAA", "BBB"],
                                                    linking=LINKING, **fields)])
    return validate(repo).network


def _found(network: Network, *remotes: Remote, **snapshot: Any,
           ) -> list[tuple[str, str, str | None]]:
    got = differences(network, Snapshot(list(remotes), **snapshot))
    return [(d.rule, d.message, d.member) for d in got]


@pytest.fixture
def network(tmp_path: Path) -> Network:
    return _network(tmp_path)


def test_the_same_collection_has_no_difference(network: Network) -> None:
    assert _found(network, _remote(), inheritance={"AAA": True, "BBB": True,
                                                   "CCC": True}) == []


def test_matched_by_recorded_id_before_name(tmp_path: Path) -> None:
    network = _network(tmp_path, alma_id="62")
    pairs = matches(network, Snapshot([_remote("Books (TST)", "61"), _remote("Other", "62")]))
    assert [(m.collection.name if m.collection else None, m.remote.alma_id if m.remote
             else None, m.by_name) for m in pairs] == [
        ("Books (TST)", "62", False), (None, "61", False)]
    assert (DRIFT_NAME, "Alma names the collection 62 “Other”; the repository “Books (TST)”",
            None) in _found(network, _remote("Other", "62"))


def test_a_collection_on_one_side_only(network: Network) -> None:
    assert _found(network) [0] == (DRIFT_MISSING, "Alma has no collection Books (TST)", None)
    unrecorded = differences(network, Snapshot([_remote(), _remote("Films (TST)", "63")]))
    extra = [d for d in unrecorded if d.rule == DRIFT_UNRECORDED]
    assert [(d.file, d.alma_id, d.diagnostic().line) for d in extra] == [
        ("collections/films-tst.yaml", "63", 1)]


def test_field_differences(tmp_path: Path) -> None:
    network = _network(tmp_path, alma_id="60", proxy="none", status="inactive",
                       inactive_since="2025-01-01")
    found = _found(network, _remote(status="active", members=("AAA", "CCC")))
    assert [rule for rule, _, _ in found] == [
        DRIFT_ALMA_ID, DRIFT_STATUS, DRIFT_PROXY, DRIFT_ACCESS, DRIFT_ACCESS]
    assert found[3] == (DRIFT_ACCESS, "Alma gives CCC access to Books (TST); the repository "
                                      "does not", "CCC")
    assert found[4][2] == "BBB"


def test_the_difference_points_at_its_key_and_says_how_to_fix(network: Network) -> None:
    (access,) = differences(network, Snapshot([_remote(members=("AAA",))]))
    assert access.writable and access.field == "members"
    d = access.diagnostic()
    assert (d.file, d.line, d.member, d.collection) == (
        "collections/books-tst.yaml", 6, "BBB", "Books (TST)")
    assert d.hint == ("make Alma match with `nzconfig apply`, or the repository with "
                      "`nzconfig pull`")


def test_members_unchecked_and_inheritance(tmp_path: Path) -> None:
    network = _network(tmp_path)
    got = differences(network, Snapshot([_remote()], inheritance={"AAA": False, "BBB": None},
                                         unchecked=["CCC"]))
    assert [(d.rule, d.member, d.severity) for d in got] == [
        (DRIFT_INHERITANCE, "AAA", Severity.ERROR), (DRIFT_UNCHECKED, "CCC", Severity.NOTICE)]
    assert got[0].message == ("AAA's cdi_consortia_inheritance is N in Alma; the repository "
                              "records Y")
    assert got[1].diagnostic().hint is None
