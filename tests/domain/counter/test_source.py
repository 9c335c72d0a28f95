"""Bounded, hashed reads of the report files (domain.counter.source)."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from nzconfig.domain.counter.model import CounterError
from nzconfig.domain.counter.source import (
    MAX_LINE_BYTES,
    hashed_lines,
    open_regular,
    sha256_of,
)


def _refused(path: Path, limit: int = 100) -> str:
    with pytest.raises(CounterError) as caught:
        open_regular(path, "report.tsv", limit)
    (d,) = caught.value.diagnostics
    assert (d.file, d.line) == ("report.tsv", 0)
    return d.message


def test_a_regular_file_within_the_limit_opens(tmp_path: Path) -> None:
    path = tmp_path / "r.tsv"
    path.write_bytes(b"a\tb\n")
    with open_regular(path, "r.tsv", 4) as stream:
        assert stream.read() == b"a\tb\n"


def test_missing_empty_too_large_and_not_regular_are_refused(tmp_path: Path) -> None:
    assert _refused(tmp_path / "none") == "cannot read the report: No such file or directory"
    (tmp_path / "empty").write_bytes(b"")
    assert _refused(tmp_path / "empty") == "the report file is empty"
    (tmp_path / "big").write_bytes(b"x" * 101)
    assert _refused(tmp_path / "big") == "the report is 101 bytes, more than the 100 read"
    os.mkfifo(tmp_path / "fifo")
    assert _refused(tmp_path / "fifo") == "not a regular file"  # and it did not block
    assert _refused(tmp_path) == "not a regular file"


def test_hashed_lines_feed_the_digest() -> None:
    digest = hashlib.sha256()
    lines = list(hashed_lines(io.BytesIO(b"one\ntwo\r\nthree"), digest, "r"))
    assert lines == [b"one\n", b"two\r\n", b"three"]
    assert digest.hexdigest() == hashlib.sha256(b"one\ntwo\r\nthree").hexdigest()


def test_a_line_too_long_is_an_error_at_its_number() -> None:
    data = b"ok\n" + b"x" * (MAX_LINE_BYTES + 1) + b"\n"
    with pytest.raises(CounterError) as caught:
        list(hashed_lines(io.BytesIO(data), hashlib.sha256(), "r.tsv"))
    (d,) = caught.value.diagnostics
    assert (d.line, d.message) == (2, f"line 2 is longer than {MAX_LINE_BYTES:,} bytes")


def test_sha256_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"abc")
    assert sha256_of(path) == hashlib.sha256(b"abc").hexdigest()
