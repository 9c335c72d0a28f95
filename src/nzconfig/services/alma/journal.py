"""The apply journal: one JSON line per call to Alma, flushed as it happens, never a key.

From it ``nzconfig apply --undo JOURNAL`` restores the values a run replaced: each
confirmed PUT line lists the fields it changed with their values before and after.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from nzconfig.core.errors import FatalError
from nzconfig.core.fsutil import Refused, read_regular
from nzconfig.services.alma.keys import scrub

MAX_BYTES = 256 << 20  # what `--undo` reads of a journal; a larger one is refused whole


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._stream: IO[str] = path.open("a", encoding="utf-8")

    def log(self, **entry: Any) -> None:
        entry = {"time": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), **entry}
        self._stream.write(scrub(json.dumps(entry, ensure_ascii=False, sort_keys=True)) + "\n")
        self._stream.flush()
        os.fsync(self._stream.fileno())

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_path(root: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return root / ".nzconfig" / f"alma-apply-{stamp}.jsonl"


def applied(path: Path) -> list[dict[str, Any]]:
    """The confirmed PUT entries of a journal, in the order they were made."""
    # Bounded, and regular files only: a FIFO or /dev/zero given to --undo must not hang
    # the run or fill the memory.
    try:
        text = read_regular(path, MAX_BYTES).decode("utf-8")
    except (OSError, Refused, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise FatalError(f"{path}: the journal cannot be read: {why}") from None
    lines = text.split("\n")
    if lines and not lines[-1]:
        lines.pop()  # the newline that ends the last line
    entries = []
    for number, line in enumerate(lines, 1):
        try:
            entry = json.loads(line)
        except ValueError:
            raise FatalError(f"{path}:{number}: not a journal line (JSON expected)") from None
        if isinstance(entry, dict) and entry.get("call") == "PUT" \
                and entry.get("outcome") == "confirmed":
            if not isinstance(entry.get("changes"), list) or not entry.get("collection"):
                raise FatalError(f"{path}:{number}: a PUT line without its changes")
            entries.append(entry)
    return entries
