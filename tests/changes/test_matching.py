"""Which collection on one side is which on the other (changes.matching.match)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nzconfig.changes.matching import match
from nzconfig.engine.validate import validate
from nzconfig.loading.loader import Document
from nzconfig.loading.model import Collection
from tests.support.repos import collection, make_repo


def _c(file: str, name: str, **data: Any) -> Collection:
    return Collection(Document(f"collections/{file}.yaml", {"name": name, **data}))


def _names(pairs: list[tuple[Collection | None, Collection | None]],
           ) -> list[tuple[str | None, str | None]]:
    return [(b.name if b else None, a.name if a else None) for b, a in pairs]


def test_same_name_matches_even_when_the_file_moved() -> None:
    pairs = match([_c("a", "Books", package="P")], [_c("b", "Books", package="Q")])
    assert _names(pairs) == [("Books", "Books")]


def test_same_file_matches_even_when_the_name_changed() -> None:
    pairs = match([_c("a", "Books", members=["AAA"])], [_c("a", "Volumes", package="X")])
    assert _names(pairs) == [("Books", "Volumes")]


def test_the_cz_name_matches_a_rename_of_name_and_file() -> None:
    pairs = match([_c("a", "Old", cz_name="CZ", package="P")],
                  [_c("b", "New", cz_name="CZ", package="Q", members=["X"] * 9)])
    assert _names(pairs) == [("Old", "New")]


def test_another_package_is_another_collection_however_similar() -> None:
    pairs = match([_c("a", "Old", package="P", members=["AAA"])],
                  [_c("b", "New", package="Q", members=["AAA"])])
    assert _names(pairs) == [("Old", None), (None, "New")]


def test_nearly_identical_content_without_a_package_is_a_moved_file() -> None:
    body = {"members": ["AAA", "BBB"], "access_type": "subscription", "notes": "x" * 40}
    assert _names(match([_c("a", "Old", **body)], [_c("b", "New", **body)])) == [("Old", "New")]
    other = {**body, "notes": "completely different words here", "members": ["CCC"]}
    assert _names(match([_c("a", "Old", **body)], [_c("b", "New", **other)])) == [
        ("Old", None), (None, "New")]


def test_the_best_score_wins_and_each_collection_is_matched_once() -> None:
    base = [_c("a", "A1", package="P", members=["AAA"]), _c("b", "B1", cz_name="CZ")]
    head = [_c("c", "B2", cz_name="CZ"), _c("d", "A2", package="P", members=["AAA"])]
    assert sorted(_names(match(base, head)), key=str) == [("A1", "A2"), ("B1", "B2")]


def test_duplicate_names_pair_in_order() -> None:
    base = [_c("a", "Same"), _c("b", "Same")]
    head = [_c("c", "Same"), _c("d", "Same")]
    pairs = match(base, head)
    assert [(b.doc.file, a.doc.file) for b, a in pairs if b and a] == [
        ("collections/a.yaml", "collections/c.yaml"), ("collections/b.yaml", "collections/d.yaml")]


def test_empty_sides() -> None:
    assert match([], []) == []
    assert _names(match([_c("a", "A")], [])) == [("A", None)]
    assert _names(match([], [_c("a", "A")])) == [(None, "A")]


def test_unrelated_collections_are_not_a_rename(tmp_path: Path) -> None:
    base = validate(make_repo(tmp_path / "a", [
        collection("Alpha (TST)", ["AAA"], package="A"),
        collection("Gamma (TST)", ["AAA", "BBB"], package="G", availability=["all"]),
    ])).network
    head = validate(make_repo(tmp_path / "b", [
        collection("Beta (TST)", ["AAA"], package="B"),
        collection("Gamma Two (TST)", ["AAA", "BBB", "CCC"], package="G",
                   availability=["all"]),
    ])).network
    pairs = {(b.name if b else None, a.name if a else None)
             for b, a in match(base.collections, head.collections)}
    assert pairs == {("Alpha (TST)", None), (None, "Beta (TST)"),
                     ("Gamma (TST)", "Gamma Two (TST)")}
