"""What pull, drift and apply share (services.alma.session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from nzconfig.services.alma.session import editable_collections, open_repository
from tests.services.alma_emulator import member_key
from tests.services.conftest import start
from tests.support.alma import small_repo


def test_open_repository_loads_the_network_and_the_settings(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    monkeypatch.setenv("ALMA_API_URL", "http://127.0.0.1:9")
    session = open_repository(small_repo(tmp_path / "repo"))
    assert [c.name for c in session.network.collections] == ["Books (TST)"]
    assert session.settings.base_url == "http://127.0.0.1:9"
    assert session.settings.timeout == 2.0  # policies/alma.yaml was read
    assert "policies/alma.yaml" in session.files and "collections/books-tst.yaml" in \
        session.files


def test_a_broken_policy_file_is_fatal(tmp_path: Path) -> None:
    repo = small_repo(tmp_path / "repo")
    (repo / "policies" / "alma.yaml").write_text("region: mars\n", encoding="utf-8")
    with pytest.raises(FatalError, match="the policy files have errors"):
        open_repository(repo)


def test_editable_collections_include_invalid_files_that_name_themselves(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALMA_API_URL", "http://127.0.0.1:9")
    repo = small_repo(tmp_path / "repo")
    (repo / "collections" / "odd-tst.yaml").write_text(
        "name: Odd (TST)\nunknown_key: 1\n", encoding="utf-8")
    (repo / "collections" / "nameless-tst.yaml").write_text("members: [AAA]\n",
                                                             encoding="utf-8")
    (repo / "collections" / "broken-tst.yaml").write_text("name: [\n", encoding="utf-8")
    session = open_repository(repo)
    assert [c.name for c in session.network.collections] == ["Books (TST)"]
    assert [c.doc.file for c in editable_collections(session)] == [
        "collections/books-tst.yaml", "collections/odd-tst.yaml"]


def test_the_snapshot_reads_alma_with_the_nz_key(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    repo = small_repo(tmp_path / "repo")
    emulator = start(repo, monkeypatch)
    try:
        monkeypatch.setenv("ALMA_API_KEY_AAA", member_key("AAA"))
        session = open_repository(repo)
        snapshot = session.snapshot()
    finally:
        emulator.stop()
    assert [r.name for r in snapshot.collections] == ["Books (TST)"]
    assert (snapshot.inheritance, snapshot.unchecked) == ({"AAA": True}, ["BBB", "CCC"])
    assert snapshot.requests == 4  # list, its services, the collection, AAA's table
