"""write_atomic: all or nothing, the file's mode kept, an unchanged stream not rewritten."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from nzconfig.core.fsutil import Refused, open_regular, write_atomic


def test_writes_text_bytes_and_chunks(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "f.txt"
    assert write_atomic(target, "a\n")
    assert write_atomic(target, [b"b", b"c"]) and target.read_bytes() == b"bc"


def test_keeps_the_mode_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "f.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_unchanged_leaves_the_file_alone(tmp_path: Path) -> None:
    target = tmp_path / "f.txt"
    target.write_text("same")
    assert not write_atomic(target, "other", unchanged=lambda: True)
    assert target.read_text() == "same"


def test_a_failing_stream_changes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "f.txt"
    target.write_text("kept")

    def chunks() -> object:
        yield b"half"
        raise RuntimeError("template failed")

    with pytest.raises(RuntimeError):
        write_atomic(target, chunks())  # type: ignore[arg-type]
    assert target.read_text() == "kept" and len(list(tmp_path.iterdir())) == 1


def test_unreadable_says_why_in_words(tmp_path: Path) -> None:
    from nzconfig.core.fsutil import Refused, read_regular, unreadable

    with pytest.raises(OSError) as missing:
        read_regular(tmp_path / "absent", 10)
    assert unreadable(missing.value) == "cannot be read: No such file or directory"
    with pytest.raises(Refused) as folder:
        read_regular(tmp_path, 10)
    assert unreadable(folder.value) == "is a folder, not a file"


def test_open_regular_gives_a_regular_file_and_refuses_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    with open_regular(tmp_path / "a.pdf") as stream:
        assert stream.read() == b"%PDF"
    os.mkfifo(tmp_path / "fifo")
    for unfit in (tmp_path / "fifo", tmp_path, Path("/dev/zero")):
        with pytest.raises(Refused), open_regular(unfit):
            pass
