"""`nzconfig import-table`: what it writes, refuses and overwrites, and its exit codes (the
parsing is tests/edit/test_table_import.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.cli import run_cli as nzconfig
from tests.support.repos import make_repo

HEADER = ("Collection Name,Subscription Package,Managed via,Access Type,Acquisitions Profile,"
          "Availability,Institutions\n")
TABLE = HEADER + ("Books (TST),Pub,Community Zone,Subscription,TST,Access to all,AAA; BBB\n"
                  "Films (TST),Film,Community Zone,Subscription,TST,Access to all,CCC\n")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = make_repo(tmp_path / "repo", [])
    with (root / "policies/network.yaml").open("a", encoding="utf-8") as stream:
        stream.write("editor_schema: ../schemas/editor/{kind}.schema.json\n")
    return root


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "table.csv"
    path.write_text(TABLE, encoding="utf-8")
    return path


def test_writes_one_file_per_row_with_the_editor_schema_line(repo: Path, table: Path) -> None:
    run = nzconfig("import-table", table, repo)
    assert (run.code, run.stdout) == (0, f"wrote 2 collection files to {repo / 'collections'}\n")
    books = (repo / "collections/books-tst.yaml").read_text(encoding="utf-8")
    assert books.startswith("# yaml-language-server: $schema=../schemas/editor/"
                            "collection.schema.json\nname: Books (TST)\n")
    assert nzconfig("validate", repo).code == 0


def test_existing_files_are_refused_and_nothing_is_written(repo: Path, table: Path) -> None:
    (repo / "collections/films-tst.yaml").write_text("edited by hand\n", encoding="utf-8")
    run = nzconfig("import-table", table, "--repo", repo)
    assert run.code == 1
    assert "collections/films-tst.yaml:1:1: error [NZ021] exists already" in run.stderr
    assert run.stderr.splitlines()[-1] == "nothing written"
    assert not (repo / "collections/books-tst.yaml").exists()
    assert (repo / "collections/films-tst.yaml").read_text() == "edited by hand\n"


def test_force_says_what_it_overwrites(repo: Path, table: Path) -> None:
    assert nzconfig("import-table", table, repo).code == 0
    target = repo / "collections/films-tst.yaml"
    target.write_text(target.read_text() + "# checked with the vendor\n"
                      "linking: {level: journal, method: link_resolver}\n")
    run = nzconfig("import-table", table, repo, "--force")
    assert run.code == 0
    assert ("collections/films-tst.yaml: overwritten (--force); lost: `linking`, comments"
            in run.stderr)
    # Books' only comment is the schema line the first import wrote: the new file starts
    # with it again, so nothing is lost (a user would read "lost: comments" as data lost).
    assert "collections/books-tst.yaml: overwritten (--force)\n" in run.stderr
    assert run.stdout.endswith(", 2 of them overwritten\n")


def test_force_loses_the_schema_line_when_the_network_no_longer_wants_one(
        repo: Path, table: Path) -> None:
    assert nzconfig("import-table", table, repo).code == 0
    network = repo / "policies/network.yaml"
    text = network.read_text(encoding="utf-8")
    network.write_text(text.replace("editor_schema: ../schemas/editor/{kind}.schema.json\n",
                                     ""), encoding="utf-8")
    run = nzconfig("import-table", table, repo, "--force")
    assert run.code == 0
    assert "collections/books-tst.yaml: overwritten (--force); lost: comments\n" in run.stderr
    assert not (repo / "collections/books-tst.yaml").read_text().startswith("#")


def test_force_counts_a_comment_beside_the_schema_line(repo: Path, table: Path) -> None:
    assert nzconfig("import-table", table, repo).code == 0
    target = repo / "collections/books-tst.yaml"
    head, _, rest = target.read_text(encoding="utf-8").partition("\n")
    target.write_text(f"{head}\n# renewed 2024\n{rest}", encoding="utf-8")
    run = nzconfig("import-table", table, repo, "--force")
    assert "collections/books-tst.yaml: overwritten (--force); lost: comments\n" in run.stderr


def test_suffix_option_overrides_the_network_policy(repo: Path, tmp_path: Path) -> None:
    table = tmp_path / "x.csv"
    table.write_text(HEADER + "Books (XYZ) (Books CZ),Pub,Community Zone,Subscription,TST,"
                     "Access to all,AAA\n", encoding="utf-8")
    assert nzconfig("import-table", table, repo, "--suffix", "(XYZ)").code == 0
    text = (repo / "collections/books-xyz.yaml").read_text(encoding="utf-8")
    assert "name: Books (XYZ)\n" in text and "cz_name: Books CZ\n" in text


def test_a_missing_fifo_or_oversized_table_exits_2(repo: Path, tmp_path: Path) -> None:
    assert nzconfig("import-table", tmp_path / "nope.csv", repo).code == 2
    fifo = tmp_path / "fifo.csv"
    os.mkfifo(fifo)
    run = nzconfig("import-table", fifo, repo)
    assert run.code == 2 and "not a regular file" in run.stderr
    big = tmp_path / "big.csv"
    with big.open("wb") as stream:
        stream.truncate(33 * 1024 * 1024)
    run = nzconfig("import-table", big, repo)
    assert run.code == 2 and "larger than 32 MiB" in run.stderr


def test_force_sees_a_first_line_comment_behind_a_byte_order_mark(repo: Path,
                                                                  table: Path) -> None:
    assert nzconfig("import-table", table, repo).code == 0
    target = repo / "collections/films-tst.yaml"
    body = target.read_text(encoding="utf-8").partition("\n")[2]  # without the schema line
    target.write_bytes(b"\xef\xbb\xbf# from the vendor's list\n" + body.encode("utf-8"))
    run = nzconfig("import-table", table, repo, "--force")
    assert "collections/films-tst.yaml: overwritten (--force); lost: comments\n" in run.stderr
