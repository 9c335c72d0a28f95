"""Writing rendered files: the manifest decides what may be removed, and nothing outside DIR is."""

from __future__ import annotations

import gc
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from nzconfig.render import output
from nzconfig.render.output import MANIFEST, plan, write
from tests.support.render import Pages


def manifest(out: Path, files: list[str], generator: str = "nzconfig render") -> None:
    """A manifest listing ``files`` with the hash of what they hold now."""
    out.mkdir(parents=True, exist_ok=True)
    hashes = {}
    for name in files:
        path = out / name
        hashes[name] = (hashlib.sha256(path.read_bytes()).hexdigest()
                        if path.is_file() and not name.startswith("/") else "0")
    (out / MANIFEST).write_text(json.dumps({"generator": generator, "files": hashes}))


def test_writes_pages_and_the_manifest(tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = write(out, Pages({"a.md": b"A", "sub/b.md": b"B"}))
    assert sorted(result.missing) == [MANIFEST, "a.md", "sub/b.md"]
    assert (out / "sub" / "b.md").read_bytes() == b"B"
    listed = json.loads((out / MANIFEST).read_text())["files"]
    assert sorted(listed) == ["a.md", "sub/b.md"]
    assert plan(out, Pages({"a.md": b"A", "sub/b.md": b"B"})).clean


def test_removes_only_listed_files_inside_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "site"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.md").write_text("keep")
    (out / "old").mkdir(parents=True)
    (out / "old" / "gone.md").write_text("old page")
    os.symlink(outside, out / "linked")
    manifest(out, ["old/gone.md", "../outside/keep.md", "linked/keep.md", "/etc/hostname"])
    result = write(out, Pages({"a.md": b"A"}))
    assert result.stale == ["old/gone.md"]
    assert not (out / "old").exists()  # emptied by the removal, so removed too
    assert (outside / "keep.md").read_text() == "keep"  # through a link: never
    assert Path("/etc/hostname").exists()


def test_a_manifest_of_another_tool_is_ignored(tmp_path: Path) -> None:
    out = tmp_path / "site"
    manifest(out, ["notes.md"], generator="something else")
    (out / "notes.md").write_text("mine")
    write(out, Pages({"a.md": b"A"}))
    assert (out / "notes.md").read_text() == "mine"


def test_refuses_to_write_through_a_link_out_of_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "site"
    outside = tmp_path / "outside"
    outside.mkdir()
    out.mkdir()
    os.symlink(outside, out / "members")
    with pytest.raises(FatalError, match="link out of the output folder"):
        write(out, Pages({"members/AAA.md": b"A"}))
    assert list(outside.iterdir()) == []


def test_an_identical_existing_file_is_adopted(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "a.md").write_bytes(b"A")
    result = write(out, Pages({"a.md": b"A"}))
    assert result.unchanged == ["a.md"]


class _Pages:
    """A Source that notes how many pages are being read at once."""

    def __init__(self, pages: dict[str, bytes]) -> None:
        self.pages = pages
        self.paths = list(pages)
        self.open = 0
        self.most = 0

    def chunks(self, path: str) -> Iterator[bytes]:
        self.open += 1
        self.most = max(self.most, self.open)
        data = self.pages[path]
        for i in range(0, len(data), 2):
            yield data[i:i + 2]
        self.open -= 1


def test_pages_stream_one_at_a_time_and_match_the_in_memory_render(tmp_path: Path) -> None:
    pages = {"index.md": b"index", "members/AAA.md": b"A page", "z.csv": b"a,b\n"}
    out = tmp_path / "site"
    source = _Pages(pages)
    result = write(out, source)
    assert source.most == 1
    assert result.missing == sorted([*pages, MANIFEST])
    assert (out / MANIFEST).read_bytes() == output.manifest(pages)
    assert (out / "members" / "AAA.md").read_bytes() == b"A page"
    assert plan(out, _Pages(pages)).clean
    changed = _Pages({**pages, "z.csv": b"a,c\n"})
    assert plan(out, changed).differing == [MANIFEST, "z.csv"]
    mtime = (out / "index.md").stat().st_mtime_ns
    again = write(out, changed)
    assert again.unchanged == ["index.md", "members/AAA.md"]
    assert (out / "index.md").stat().st_mtime_ns == mtime  # an unchanged page is not rewritten
    assert (out / "z.csv").read_bytes() == b"a,c\n"
    assert [p.name for p in out.iterdir() if p.name.startswith(".nzconfig-staging")] == []


def test_stale_removal_spares_what_the_render_did_not_write(tmp_path: Path) -> None:
    """Only a file that still holds what the manifest says the render wrote is removed."""
    out = tmp_path / "site"
    write(out, Pages({"a.md": b"A", "edited.md": b"E", "gone.md": b"G"}))
    (out / "edited.md").write_bytes(b"edited by hand")
    (out / "notes.md").write_bytes(b"someone's notes")
    listed = json.loads((out / MANIFEST).read_text())
    listed["files"]["notes.md"] = listed["files"]["gone.md"]  # an edited manifest
    (out / MANIFEST).write_text(json.dumps(listed))
    result = write(out, Pages({"a.md": b"A"}))
    assert result.stale == ["gone.md"]
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, "a.md", "edited.md", "notes.md"]


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/stdin", "fifo"])
def test_a_manifest_that_is_no_regular_file_is_not_read(tmp_path: Path, target: str) -> None:
    out = tmp_path / "site"
    out.mkdir()
    if target == "fifo":
        os.mkfifo(out / MANIFEST)
    else:
        os.symlink(target, out / MANIFEST)
    assert not plan(out, Pages({"a.md": b"A"})).clean  # returns: nothing blocks
    write(out, Pages({"a.md": b"A"}))
    assert (out / MANIFEST).is_file() and not (out / MANIFEST).is_symlink()


def test_a_rerun_cleans_what_an_interrupted_render_left(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write(out, Pages({"a.md": b"A"}))
    (tmp_path / ".site.nzconfig-new.x1").mkdir()
    (tmp_path / ".site.nzconfig-new.x1" / "a.md").write_bytes(b"half")
    out.rename(tmp_path / ".site.nzconfig-old.x2")  # killed between the two renames
    result = write(out, Pages({"a.md": b"A", "b.md": b"B"}))
    assert result.unchanged == ["a.md"] and result.missing == ["b.md"]  # the old set is back
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert (out / "b.md").read_bytes() == b"B"


def test_a_failing_page_leaves_the_output_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write(out, Pages({"a.md": b"A"}))
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    class Failing:
        paths = ("a.md", "b.md")

        def chunks(self, path: str) -> Iterator[bytes]:
            if path == "b.md":
                raise RuntimeError("template failed")
            yield b"new A"

    with pytest.raises(RuntimeError):
        write(out, Failing())
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_folder_that_cannot_be_swapped_is_updated_in_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A mount point (a container's volume) or a folder in a read-only parent."""
    from nzconfig.core import fsutil

    monkeypatch.setattr(fsutil, "_swappable", lambda folder: False)
    out = tmp_path / "site"
    write(out, Pages({"a.md": b"A", "gone.md": b"G", "sub/b.md": b"B"}))
    (out / "notes.md").write_bytes(b"mine")
    inode = (out / "a.md").stat().st_ino
    result = write(out, Pages({"a.md": b"A", "sub/b.md": b"B2", "c.md": b"C"}))
    assert result.stale == ["gone.md"] and result.unchanged == ["a.md"]
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        MANIFEST, "a.md", "c.md", "notes.md", "sub/b.md"]
    assert (out / "sub" / "b.md").read_bytes() == b"B2"
    assert (out / "a.md").stat().st_ino == inode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_pages_apart_are_written_by_a_helper_with_the_same_result(tmp_path: Path) -> None:
    pages = {"a.md": b"A", "members/x.md": b"X" * 100_000, "members/y.html": b"Y"}
    alone, helped = tmp_path / "alone", tmp_path / "helped"
    first = write(alone, Pages(pages))
    second = write(helped, Pages(pages), apart=("members/x.md", "members/y.html"))
    assert first == second
    assert gc.get_freeze_count() == 0  # what was frozen for the helper is collectable again
    assert ({p.relative_to(alone): p.read_bytes() for p in alone.rglob("*") if p.is_file()}
            == {p.relative_to(helped): p.read_bytes() for p in helped.rglob("*")
                if p.is_file()})
    pages["members/y.html"] = b"changed"
    checked = plan(helped, Pages(pages), apart=("members/x.md", "members/y.html"))
    assert (checked.differing, checked.unchanged) == ([MANIFEST, "members/y.html"],
                                                      ["a.md", "members/x.md"])


class _FailingApart:
    """A page the helper renders fails, as a template error would."""

    paths = ("a.md", "members/x.md")

    def __init__(self, pid: int) -> None:
        self.pid = pid

    def chunks(self, path: str) -> Iterator[bytes]:
        if path == "members/x.md":
            where = "this process" if os.getpid() == self.pid else "the helper"
            raise FatalError(f"template error in {where}")
        yield b"A"


def test_a_page_failing_in_the_helper_fails_as_without_it(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write(out, Pages({"a.md": b"old"}))
    with pytest.raises(FatalError, match="in this process"):  # rendered again, here
        write(out, _FailingApart(os.getpid()), apart=("members/x.md",))
    assert (out / "a.md").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_without_a_process_to_fork_this_one_writes_every_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refused)
    result = write(tmp_path / "site", Pages({"a.md": b"A", "m/x.md": b"X"}), apart=("m/x.md",))
    assert sorted(result.missing) == [MANIFEST, "a.md", "m/x.md"]
    assert (tmp_path / "site" / "m" / "x.md").read_bytes() == b"X"
    assert gc.get_freeze_count() == 0
