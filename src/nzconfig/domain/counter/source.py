"""Bounded reads of the report files named on the command line: regular files only, of at
most a fixed size, hashed (SHA-256) as they are read."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from nzconfig.domain.counter.model import CounterError, problem

# A publisher's Title Report of 100,000 titles with every metric is about 200 MB as TSV;
# JSON is parsed whole, so it gets a lower bound.
MAX_TABULAR_BYTES = 512 * 1024 * 1024
MAX_JSON_BYTES = 128 * 1024 * 1024
MAX_LINE_BYTES = 1024 * 1024


class Digest(Protocol):
    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...


def open_regular(path: Path, name: str, limit: int) -> BinaryIO:
    """``path`` opened for reading if it is a regular file of at most ``limit`` bytes."""
    try:
        # Non-blocking, so that a FIFO cannot hang the run; it is refused just below.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise CounterError([problem(name, 0, 0, f"cannot read the report: {exc.strerror}"),
                            ]) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise CounterError([problem(name, 0, 0, "not a regular file")])
        if info.st_size > limit:
            raise CounterError([problem(
                name, 0, 0, f"the report is {info.st_size:,} bytes, more than the "
                f"{limit:,} read", "split the report by period or ask for a report "
                "filtered to the resource")])
        if info.st_size == 0:
            raise CounterError([problem(name, 0, 0, "the report file is empty")])
    except BaseException:
        os.close(fd)
        raise
    stream = os.fdopen(fd, "rb")
    return stream


def hashed_lines(stream: BinaryIO, digest: Digest, name: str) -> Iterator[bytes]:
    """The file's lines (with their ends), each fed to ``digest``; a line over
    MAX_LINE_BYTES is an error rather than a memory cost."""
    number = 0
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_BYTES:
            raise CounterError([problem(name, number, 1, f"line {number} is longer than "
                                        f"{MAX_LINE_BYTES:,} bytes")])
        digest.update(line)
        yield line


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
