"""Writing rendered files: the manifest decides what may be removed, and nothing outside DIR is."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from nzconfig.errors import FatalError
from nzconfig.render.output import MANIFEST, plan, with_manifest, write


def manifest(out: Path, files: list[str], generator: str = "nzconfig render") -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / MANIFEST).write_text(json.dumps({"generator": generator,
                                            "files": dict.fromkeys(files, "0")}))


def test_writes_pages_and_the_manifest(tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = write(out, with_manifest({"a.md": b"A", "sub/b.md": b"B"}))
    assert sorted(result.missing) == [MANIFEST, "a.md", "sub/b.md"]
    assert (out / "sub" / "b.md").read_bytes() == b"B"
    listed = json.loads((out / MANIFEST).read_text())["files"]
    assert sorted(listed) == ["a.md", "sub/b.md"]
    assert plan(out, with_manifest({"a.md": b"A", "sub/b.md": b"B"})).clean


def test_removes_only_listed_files_inside_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "site"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.md").write_text("keep")
    (out / "old").mkdir(parents=True)
    (out / "old" / "gone.md").write_text("old page")
    os.symlink(outside, out / "linked")
    manifest(out, ["old/gone.md", "../outside/keep.md", "linked/keep.md", "/etc/hostname"])
    result = write(out, with_manifest({"a.md": b"A"}))
    assert result.stale == ["old/gone.md"]
    assert not (out / "old").exists()  # emptied by the removal, so removed too
    assert (outside / "keep.md").read_text() == "keep"  # through a link: never
    assert Path("/etc/hostname").exists()


def test_a_manifest_of_another_tool_is_ignored(tmp_path: Path) -> None:
    out = tmp_path / "site"
    manifest(out, ["notes.md"], generator="something else")
    (out / "notes.md").write_text("mine")
    write(out, with_manifest({"a.md": b"A"}))
    assert (out / "notes.md").read_text() == "mine"


def test_refuses_to_write_through_a_link_out_of_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "site"
    outside = tmp_path / "outside"
    outside.mkdir()
    out.mkdir()
    os.symlink(outside, out / "members")
    with pytest.raises(FatalError, match="link out of the output folder"):
        write(out, with_manifest({"members/AAA.md": b"A"}))
    assert list(outside.iterdir()) == []


def test_an_identical_existing_file_is_adopted(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "a.md").write_bytes(b"A")
    result = write(out, with_manifest({"a.md": b"A"}))
    assert result.unchanged == ["a.md"]
