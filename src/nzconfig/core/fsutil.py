"""Writing files so that an interrupted run never leaves half a file behind."""

from __future__ import annotations

import errno
import functools
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TypeVar

# shutil and tempfile (with bz2, lzma, random) are imported by the functions that write:
# validate only reads, and its start-up would pay for them.

T = TypeVar("T")


def write_atomic(path: Path, data: str | bytes | Iterable[bytes],
                 unchanged: Callable[[], bool] | None = None) -> bool:
    """Write to a temporary file beside ``path``, flush it to disk, then rename over it.

    ``data`` may come in chunks, so a large file need not be in memory at once. A writer that
    streams knows only at the end whether it wrote what ``path`` already holds: when
    ``unchanged()``, asked after the last chunk, says so, ``path`` is left as it was.
    Returns whether ``path`` was replaced.
    """
    import tempfile

    chunks = ((data.encode("utf-8"),) if isinstance(data, str)
              else (data,) if isinstance(data, bytes) else data)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.fchmod(fd, file_mode(path))
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


def file_mode(path: Path) -> int:
    """The existing file's permissions, or the umask's default for a new file."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


# --- Replacing a whole folder at once ---------------------------------------------------
#
# A folder of many files (the rendered site, collections/ after an import) changes as one:
# its next content is built in a hidden sibling, then the two are exchanged by one
# renameat2(RENAME_EXCHANGE), so a reader, or a process killed at any moment, sees the old
# set or the new set and never a mix. Without that call (not Linux, or a file system that
# lacks it) two renames do the switch, and the next run puts the old folder back if a kill
# fell between them. Leftovers of an interrupted run are removed by the next one.

_NEW = ".nzconfig-new."
_OLD = ".nzconfig-old."
_RENAME_EXCHANGE = 2


def _leftovers(folder: Path, kind: str) -> list[Path]:
    prefix = f".{folder.name}{kind}"
    try:
        return sorted(p for p in folder.parent.iterdir()
                      if p.name.startswith(prefix) and not p.is_symlink() and p.is_dir())
    except OSError:
        return []


def recover(folder: Path) -> None:
    """Undo what an interrupted replacement left: the old folder back where it was, staging
    folders removed."""
    import shutil

    olds = _leftovers(folder, _OLD)
    if olds and not os.path.lexists(folder):
        os.rename(olds[-1], folder)
        olds = olds[:-1]
    for leftover in [*olds, *_leftovers(folder, _NEW)]:
        shutil.rmtree(leftover, ignore_errors=True)


def replace_folder(folder: Path, fill: Callable[[Path], T]) -> T:
    """Call ``fill(staging)`` to build the folder's next content, then switch to it at once.

    ``folder`` need not exist; its parent must. On an exception nothing has changed.
    """
    import shutil
    import tempfile

    recover(folder)
    if folder.is_dir() and not _swappable(folder):
        return _replace_in_place(folder, fill)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}{_NEW}", dir=folder.parent))
    try:
        if folder.is_dir():
            os.chmod(staging, folder.stat().st_mode & 0o7777)
        else:
            os.chmod(staging, 0o777 & ~_umask())
        result = fill(staging)
        if not folder.is_dir():
            os.rename(staging, folder)
            return result
        if not _exchange(staging, folder):
            old = Path(tempfile.mkdtemp(prefix=f".{folder.name}{_OLD}", dir=folder.parent))
            os.rename(folder, old)  # replaces the empty folder just made
            os.rename(staging, folder)
            staging = old
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(staging, ignore_errors=True)  # the old content, now
    return result


# Inside a folder that cannot be swapped: the staging folder's name (kept out of its own
# content by the caller's ``fill``, see render.output).
IN_PLACE_STAGING = ".nzconfig-staging."


def _swappable(folder: Path) -> bool:
    """A mount point (a container's volume) cannot be renamed, and a folder whose parent is
    read-only gets no sibling: those are updated in place."""
    return not os.path.ismount(folder) and os.access(folder.parent, os.W_OK | os.X_OK)


def _replace_in_place(folder: Path, fill: Callable[[Path], T]) -> T:
    """The fallback: the next content is built in a hidden folder inside ``folder``, then
    moved in file by file and what it lacks removed. Not one step, so a kill can leave a
    mix; every file is still whole, and the next run completes the job."""
    import shutil
    import tempfile

    staging = Path(tempfile.mkdtemp(prefix=IN_PLACE_STAGING, dir=folder))
    try:
        result = fill(staging)
        wanted: set[str] = set()
        for base, _, files in os.walk(staging):
            for name in files:
                source = Path(base) / name
                relative = source.relative_to(staging)
                wanted.add(relative.as_posix())
                target = folder / relative
                if target.exists() and os.path.samefile(source, target):
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source, target)
        for base, _dirs, files in os.walk(folder, topdown=False):
            here = Path(base)
            if here == staging or staging in here.parents:
                continue
            for name in files:
                if (here / name).relative_to(folder).as_posix() not in wanted:
                    (here / name).unlink()
            if here != folder and not any(here.iterdir()):
                here.rmdir()
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


def _umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


@functools.cache
def _renameat2() -> Callable[..., int] | None:
    import ctypes  # only when a folder is swapped: not on validate's start-up

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function: Callable[..., int] = libc.renameat2
    except (OSError, AttributeError):
        return None
    return function


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step; False where the system cannot."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    at_fdcwd = -100
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    import ctypes

    error = ctypes.get_errno()
    if error in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(error, os.strerror(error), str(b))


def link_or_copy(source: Path, target: Path) -> None:
    """``target`` becomes ``source``'s content: a hard link (no copy, same mtime) where the
    file system allows one, a copy otherwise. Symbolic links are copied as links."""
    import shutil

    target.parent.mkdir(parents=True, exist_ok=True)
    if source.is_symlink():
        os.symlink(os.readlink(source), target)
        return
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def carry_over(source: Path, target: Path, keep: Callable[[str], bool]) -> None:
    """Link every file under ``source`` (relative POSIX path) that ``keep`` accepts into
    ``target``; folders are not followed through links."""
    for folder, dirs, files in os.walk(source):
        base = Path(folder)
        relative = base.relative_to(source).as_posix()
        prefix = "" if relative == "." else relative + "/"
        for name in dirs[:]:
            if (base / name).is_symlink():
                dirs.remove(name)
                files.append(name)
        for name in files:
            # What the new content has already (a page where a link was) wins.
            if keep(prefix + name) and not os.path.lexists(target / (prefix + name)):
                link_or_copy(base / name, target / (prefix + name))


class Refused(Exception):
    """A path that is not read: not a regular file, or larger than its limit."""


def read_regular(path: Path, limit: int, *, follow_links: bool = True) -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit`` bytes.

    Opened without blocking, so a FIFO cannot hang the run, and checked before a byte is
    read: a device (``/dev/zero``), FIFO or socket is refused, and so is a file over the
    limit. Raises OSError where the file cannot be opened, Refused otherwise.
    """
    with open_regular(path, follow_links=follow_links) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise Refused(f"is larger than {_size(limit)}; refused")
    return data


@contextmanager
def open_regular(path: Path, *, follow_links: bool = True) -> Iterator[BinaryIO]:
    """``path`` open for reading once it is known to be a regular file (what read_regular
    reads; for a reader that bounds what it reads itself, in pieces)."""
    flags = os.O_RDONLY | os.O_NONBLOCK | (0 if follow_links else os.O_NOFOLLOW)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise Refused("is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise Refused("is not a regular file (a pipe, socket or device); refused")
        with os.fdopen(fd, "rb", closefd=False) as stream:
            yield stream
    finally:
        os.close(fd)


def unreadable(exc: OSError | Refused) -> str:
    """Why ``read_regular`` read nothing, in words to follow a file's name: "cannot be
    read: Permission denied", or the refusal ("is not a regular file ...")."""
    if isinstance(exc, Refused):
        return str(exc)
    return f"cannot be read: {exc.strerror or exc}"


def read_bounded(path: Path, limit: int) -> bytes | None:
    """``read_regular`` of a file that may be missing or unfit (None), links not followed."""
    try:
        return read_regular(path, limit, follow_links=False)
    except (OSError, Refused):
        return None


def _size(limit: int) -> str:
    return f"{limit / (1024 * 1024):g} MiB" if limit >= 1024 * 1024 else f"{limit:,} bytes"
