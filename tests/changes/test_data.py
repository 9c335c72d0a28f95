"""The change as JSON data (changes.data, ``nzconfig diff --format json``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nzconfig.changes.analysis import analyse
from nzconfig.changes.data import VERSION, document, json_text
from tests.support.repos import collection, make_repo, write

LINKING = {"level": "book", "method": "link_resolver"}


def test_document_of_a_small_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NZCONFIG_TODAY", "2026-01-01")
    base = make_repo(tmp_path / "a", [collection("Books (TST)", ["AAA", "QQQ"], linking=LINKING),
                                      collection("Gone (TST)", ["AAA"], package="G")])
    head = make_repo(tmp_path / "b", [collection("Books (TST)", ["AAA", "BBB"], linking=LINKING,
                                                 public_name="Books")],
                     members=("AAA", "BBB", "CCC", "DDD"))
    write(head, "policies/waivers.yaml", {"waivers": [
        {"rule": "NZ217", "collection": "Books (TST)", "reason": "r", "expires": "2027-01-01"}]})
    data = document(analyse(tmp_path, str(base), str(head)))
    assert (data["version"], data["base"], data["head"]) == (VERSION, str(base), str(head))
    books, gone = data["collections"]
    assert books["change"] == "changed" and books["group_settings"] == {
        "added": ["BBB"], "removed": ["QQQ"]}
    assert books["before"]["members"] == ["AAA", "QQQ"]
    assert books["fields"] == [{"key": "public_name", "before": None, "after": "Books"}]
    assert {(c["member"], c["before"], c["after"]) for c in books["cdi"]} == {
        ("BBB", None, True)}
    assert (gone["change"], gone["after"]) == ("removed", None)
    assert data["access"]["AAA"] == {"gains": [], "loses": ["Gone (TST)"]}
    assert data["institutions"]["added"] == ["DDD"]
    assert data["policies"] == [{"file": "policies/waivers.yaml", "change": "added",
                                 "keys": []}]
    assert [d["member"] for d in data["findings"]["fixed"] if d["rule"] == "NZ151"] == ["QQQ"]
    assert data["findings"]["new_errors"] == 0
    assert data["waivers"]["added"] == [{"rule": "NZ217", "collection": "Books (TST)",
                                         "reason": "r", "expires": "2027-01-01"}]


def test_json_text_is_the_document(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "a", [collection("Books (TST)", ["AAA"])])
    analysis = analyse(repo, str(repo), str(repo))
    text = json_text(analysis)
    assert json.loads(text) == document(analysis)
    assert json.loads(text)["collections"] == []
