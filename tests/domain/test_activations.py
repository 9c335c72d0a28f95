"""IZ activation data for the open-access review (domain.activations.load)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from nzconfig.domain.activations import Activation, Activations, load
from nzconfig.loading.loader import Document

KNOWN = {"AAA", "BBB", "CCC"}


def _load(tmp_path: Path, text: str | bytes, policy: Document | None = None) -> Activations:
    path = tmp_path / "data" / "act.csv"
    path.parent.mkdir(exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return load(tmp_path, "data/act.csv", KNOWN, policy)


def _problems(tmp_path: Path, text: str) -> list[tuple[int, int, str]]:
    with pytest.raises(FatalError) as caught:
        _load(tmp_path, text)
    assert caught.value.message == "data/act.csv: not valid activation data"
    return [(d.line, d.column, d.message) for d in caught.value.diagnostics]


def test_rows_with_their_positions(tmp_path: Path) -> None:
    loaded = _load(tmp_path, "\ufeffMember, Collection ,brief_level\nAAA,Open Books,7.5\n"
                               "\n,,\nBBB,Open Books,7.5\n")
    assert loaded.rows == (Activation("AAA", "Open Books", Decimal("7.5"), 0),
                           Activation("BBB", "Open Books", Decimal("7.5"), 1))
    assert loaded.doc.pos(("rows", 1, "collection")) == (5, 5)
    assert loaded.doc.data["rows"][0] == {"member": "AAA", "collection": "Open Books",
                                          "brief_level": "7.5"}


def test_columns_may_come_in_any_order(tmp_path: Path) -> None:
    loaded = _load(tmp_path, "brief_level,member,collection,extra\n6,CCC,Books,x\n")
    assert [(a.member, a.brief_level) for a in loaded.rows] == [("CCC", Decimal(6))]


def test_an_empty_file_and_missing_columns(tmp_path: Path) -> None:
    assert _problems(tmp_path, "") == [(1, 1, "the file is empty")]
    assert _problems(tmp_path, "member,collection\n") == [
        (1, 1, "missing column(s): brief_level")]


def test_bad_cells_are_named_at_their_line_and_column(tmp_path: Path) -> None:
    text = ("member,collection,brief_level\nAAB,Books,7\nAAA,,7\nAAA,Books,lots\n"
            "BBB,Books,nan\nCCC,Books,8\n")
    found = _problems(tmp_path, text)
    assert found[0] == (2, 1, "`AAB` is not a member institution")
    assert (3, 5, "the collection name is empty") in found
    assert (4, 11, "Brief Level `lots` is not a number") in found
    assert (5, 11, "Brief Level `nan` is not a number") in found
    assert (6, 11, "Brief Level 8 for `Books` differs from 7 on line 2") in found


def test_a_missing_file_is_fatal_and_points_at_the_policy(tmp_path: Path) -> None:
    policy = Document("policies/open-access.yaml", {"review": {"activations": "x"}},
                      positions={("review", "activations"): (5, 16)})
    with pytest.raises(FatalError) as caught:
        load(tmp_path, "data/none.csv", KNOWN, policy)
    assert caught.value.message == (
        "the activation data `data/none.csv` does not exist in the repository")
    (d,) = caught.value.diagnostics
    assert (d.file, d.line, d.column) == ("policies/open-access.yaml", 5, 16)


def test_a_path_outside_the_repository_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "outside.csv").write_text("member,collection,brief_level\n")
    root = tmp_path / "repo"
    root.mkdir()
    with pytest.raises(FatalError, match="does not exist in the repository"):
        load(root, "../outside.csv", KNOWN)


def test_not_utf8_and_not_a_regular_file(tmp_path: Path) -> None:
    with pytest.raises(FatalError, match="not UTF-8 text"):
        _load(tmp_path, b"member,collection,brief_level\n\xff\n")
    (tmp_path / "data" / "dir.csv").mkdir()
    with pytest.raises(FatalError, match=r"^data/dir\.csv: "):
        load(tmp_path, "data/dir.csv", KNOWN)
