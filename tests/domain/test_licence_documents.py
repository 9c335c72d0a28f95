"""Licence documents are read only inside the repository, only as regular files, only up to
a size; title lists say their title column and where each collection first appears."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from nzconfig.domain.licence_documents import locate, read_titles, sha256, title_format


def test_a_regular_file_inside_is_located_and_hashed(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_bytes(b"agreement\n")
    found = locate(tmp_path, "docs/a.txt", 100)
    assert found.path is not None and found.problem is None and found.size == 10
    assert sha256(found.path, 100) == hashlib.sha256(b"agreement\n").hexdigest()


def test_a_link_leading_outside_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("secret\n")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "link.txt").symlink_to(outside)
    found = locate(repo, "link.txt", 100)
    assert found.path is None and "leads outside the repository" in str(found.problem)


def test_absolute_and_parent_paths_are_refused_before_any_lookup(tmp_path: Path) -> None:
    for path in ("/etc/passwd", "../x", "a/../../x", "a\\b"):
        found = locate(tmp_path, path, 100)
        assert found.path is None and "not a path inside the repository" in str(found.problem)


def test_a_file_over_the_cap_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "big.pdf").write_bytes(b"x" * 101)
    assert "over the 100-byte limit" in str(locate(tmp_path, "big.pdf", 100).problem)
    assert sha256(tmp_path / "big.pdf", 100) is None  # grew past the cap while read


def test_a_fifo_is_not_a_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    assert locate(tmp_path, "pipe", 100).problem == "`pipe` is not a regular file"


def test_title_format_from_format_or_extension() -> None:
    assert title_format({"path": "t/list.TXT"}) == "kbart"
    assert title_format({"path": "t/list.csv"}) == "csv"
    assert title_format({"path": "t/list.pdf"}) is None
    assert title_format({"format": "pdf", "path": "t/list.csv"}) is None
    assert title_format({"url": "https://example.org/list.csv"}) is None


def test_titles_are_read_up_to_the_row_cap(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("\ufefftitle,collection\nA,One\nB,Two\nC,One\nD,Three\n", encoding="utf-8")
    titles = read_titles(path, "t.csv", "csv", 3, 1000)
    assert titles.title_column == "title"
    assert titles.collections == {"One": 2, "Two": 3}
    assert titles.truncated and titles.rows == 3


def test_a_list_that_is_not_utf8_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b"title\n\xff\n")
    assert "not valid UTF-8" in str(read_titles(path, "t.csv", "csv", 10, 1000).problem)


def test_control_characters_in_a_path_are_refused_and_shown_escaped(tmp_path: Path) -> None:
    found = locate(tmp_path, "a\x00b", 100)
    assert found.path is None and "`a\\x00b` is not a path inside" in str(found.problem)


def test_an_overlong_path_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    found = locate(tmp_path, "a" * 5000, 100)
    assert found.path is None and found.problem is not None and len(found.problem) < 300


def test_kbart_quotes_are_text(tmp_path: Path) -> None:
    path = tmp_path / "k.txt"
    path.write_text('publication_title\tcollection\n"Unclosed title\tOne\nPlain\tTwo\n',
                    encoding="utf-8")
    titles = read_titles(path, "k.txt", "kbart", 10, 1000)
    assert titles.rows == 2 and titles.collections == {"One": 2, "Two": 3}


def test_a_list_that_grew_past_the_cap_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("title\n" + "A title\n" * 100, encoding="utf-8")
    problem = read_titles(path, "t.csv", "csv", 10, 100).problem
    assert problem == "`t.csv` is larger than 100 bytes; refused"
