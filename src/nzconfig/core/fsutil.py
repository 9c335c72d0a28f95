"""Writing files so that an interrupted run never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


def write_atomic(path: Path, data: str | bytes | Iterable[bytes],
                 unchanged: Callable[[], bool] | None = None) -> bool:
    """Write to a temporary file beside ``path``, flush it to disk, then rename over it.

    ``data`` may come in chunks, so a large file need not be in memory at once. A writer that
    streams knows only at the end whether it wrote what ``path`` already holds: when
    ``unchanged()``, asked after the last chunk, says so, ``path`` is left as it was.
    Returns whether ``path`` was replaced.
    """
    chunks = ((data.encode("utf-8"),) if isinstance(data, str)
              else (data,) if isinstance(data, bytes) else data)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.fchmod(fd, _mode(path))
        with os.fdopen(fd, "wb") as stream:
            for chunk in chunks:
                stream.write(chunk)
            if unchanged is not None and unchanged():
                stream.close()
                Path(temp).unlink()
                return False
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
        return True
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _mode(path: Path) -> int:
    """The existing file's permissions, or the umask's default for a new file."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
