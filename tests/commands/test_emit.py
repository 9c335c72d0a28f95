"""--output: a regular file is replaced atomically; a pipe or device is written into."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from nzconfig.commands.common import emit


def test_a_regular_file_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    out.write_text("old\n")
    emit("new\n", out)
    assert out.read_text() == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]


def test_a_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    emit("through the pipe\n", fifo)
    reader.join(timeout=10)
    assert received == ["through the pipe\n"]
    assert fifo.is_fifo()
