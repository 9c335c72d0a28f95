"""Writing the rendered files: atomically, with a manifest, and removing only our own leftovers.

The manifest (``MANIFEST`` in the output folder) lists every file the last render wrote
with its SHA-256. A file the new render no longer produces is removed only if that
manifest lists it and it lies inside the output folder; nothing else is ever deleted, and
a file the render would overwrite that no manifest lists (someone else's) is refused.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import signal
import sys
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Protocol

from nzconfig.core.errors import FatalError
from nzconfig.core.fsutil import (
    IN_PLACE_STAGING,
    carry_over,
    link_or_copy,
    read_bounded,
    recover,
    replace_folder,
)

MANIFEST = ".nzconfig-manifest.json"
GENERATOR = "nzconfig render"


@dataclass(slots=True)
class Plan:
    """What a render would change in the output folder."""

    missing: list[str] = field(default_factory=list)
    differing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)  # listed in the old manifest, not produced
    unchanged: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.missing or self.differing or self.stale)


class Source(Protocol):
    """Pages produced one at a time, so that no more than one is in memory."""

    @property
    def paths(self) -> Sequence[str]: ...  # every page, the manifest excepted

    def chunks(self, path: str) -> Iterable[bytes]: ...  # the page's bytes, in pieces


def _digests(entries: Mapping[str, str]) -> bytes:
    text = json.dumps({"generator": GENERATOR, "files": dict(sorted(entries.items()))},
                      indent=2, sort_keys=True)
    return (text + "\n").encode("utf-8")


def manifest(files: dict[str, bytes]) -> bytes:
    return _digests({path: hashlib.sha256(data).hexdigest() for path, data in files.items()})


# A manifest lists one line per page: megabytes for the largest site. One that is larger, or
# is not a regular file (a link to /dev/zero, a FIFO), is not ours and is not read.
MAX_MANIFEST_BYTES = 64 * 1024 * 1024


def previous(out: Path) -> dict[str, str]:
    """The files the last render listed, with their SHA-256; {} without a readable manifest."""
    raw = read_bounded(out / MANIFEST, MAX_MANIFEST_BYTES)
    try:
        data = json.loads(raw) if raw is not None else None
    except ValueError:
        return {}
    if not isinstance(data, dict) or data.get("generator") != GENERATOR:
        return {}
    files = data.get("files")
    if not isinstance(files, dict):
        return {}
    return {p: h for p, h in sorted(files.items())
            if isinstance(p, str) and isinstance(h, str) and _safe(p)}


def check_out(out: Path, repo: Path, folders: Iterable[str]) -> None:
    """Refuse an output folder whose replacement would destroy or feed the repository: a
    file system's root, the repository or a folder holding it, or a place inside one of the
    ``folders`` it reads (data, policies, templates: pages there would be read back)."""
    if out.is_symlink() and not out.exists():
        raise FatalError(f"--out {out}: is a link to nothing; refused")
    where, root = out.resolve(), repo.resolve()
    if where == Path(where.anchor):
        raise FatalError(f"--out {out}: is the root of a file system; refused")
    if root.is_relative_to(where):
        raise FatalError(f"--out {out}: is the repository or a folder holding it; refused "
                         "(render replaces the whole folder)")
    for folder in folders:
        if where.is_relative_to(root / folder):
            raise FatalError(f"--out {out}: is inside the repository's {folder}/, which "
                             "nzconfig reads; refused")


def _safe(path: str) -> bool:
    """A plain relative path with no `..`: it cannot name anything outside the folder."""
    pure = PurePosixPath(path)
    return (bool(path) and "\\" not in path and not pure.is_absolute()
            and all(part not in ("", ".", "..") for part in path.split("/")))


def _inside(out: Path, path: str) -> Path | None:
    """The file's real location, if it is inside the output folder (links resolved)."""
    target = out / path
    resolved = target.resolve()
    return target if resolved.is_relative_to(out.resolve()) else None


def plan(out: Path, source: Source, apart: Collection[str] = ()) -> Plan:
    """What writing would change; nothing is written. ``apart``: see write."""
    return _sync(out, source, write=False, apart=apart)


def write(out: Path, source: Source, apart: Collection[str] = ()) -> Plan:
    """Write what changed (the manifest last), then remove stale files of the last render.

    Pages are rendered and written one at a time, each compared with the file there by its
    SHA-256 as it streams past; so memory holds one page, whatever the size of the site.
    The pages ``apart`` are rendered meanwhile by a forked process (a second core's work),
    where the system can fork; if it fails in any way, this process renders them again, so
    a failure is reported as it would be without it.
    """
    return _sync(out, source, write=True, apart=apart)


class _Hashing:
    """Passes chunks through, hashing them."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.chunks = iter(chunks)  # read once, however often iterated
        self.sha = hashlib.sha256()

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.sha.update(chunk)
            yield chunk

    def digest(self) -> str:
        for chunk in self.chunks:  # whatever the reader left unread
            self.sha.update(chunk)
        return self.sha.hexdigest()


def _file_digest(path: Path) -> str | None:
    """The SHA-256 of the file there, or None when there is no (readable) file."""
    if not path.is_file():
        return None
    try:
        with path.open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except OSError:
        return None


def _sync(out: Path, source: Source, write: bool, apart: Collection[str] = ()) -> Plan:
    if write:
        if out.is_symlink():
            out = out.resolve()  # the folder the user's link names is the one replaced
        if out.exists() and not out.is_dir():
            raise FatalError(f"{out}: exists and is not a folder")
        recover(out)  # what an interrupted render left
    old = previous(out)
    if write:
        _refuse_foreign(out, source, set(old) | {MANIFEST})
    result = Plan()
    digests: dict[str, str] = {}

    def fill(staging: Path | None) -> None:
        # The collector leaves what exists now (the repository, the site's views: kept to
        # the end) alone while the pages are written: its collections between pages walked
        # all of it again (2% of a wide render), and, with a helper, writing to every
        # object's header would copy every page of memory the two processes still share.
        gc.freeze()
        try:
            _fill(staging)
        finally:
            gc.unfreeze()

    def _fill(staging: Path | None) -> None:
        wanted = set(apart)  # sets: `in` on a sequence, once a page, cost pages x members
        helper = _Helper(out, source, [p for p in source.paths if p in wanted], staging)
        helped = set(helper.paths)
        try:
            for path in source.paths:
                if path not in helped:
                    digests[path] = _one(out, path, source.chunks(path), result, staging)
            done = helper.results()
        finally:
            helper.stop()
        for path in helper.paths:
            if done is None:  # the helper failed: its pages again, here (and its error)
                digests[path] = _one(out, path, source.chunks(path), result, staging)
            else:
                digests[path], kind = done[path]
                getattr(result, kind).append(path)
        _one(out, MANIFEST, (_digests(digests),), result, staging)
        produced = set(digests) | {MANIFEST}
        # Stale: listed by the last render, no longer produced, and still what it wrote (a
        # page someone has edited since, or a manifest someone has edited, deletes nothing).
        result.stale = [p for p in old if p not in produced and _removable(out, p, old[p])]
        if staging is not None and out.is_dir():
            gone = produced | set(result.stale)
            carry_over(out, staging, lambda p: p not in gone
                       and not p.startswith(IN_PLACE_STAGING))

    # The next output is built whole beside the old one, then the two are exchanged at once:
    # a failing template or a kill at any moment leaves the old output as it was.
    if write:
        if not out.parent.is_dir():
            out.parent.mkdir(parents=True)
        replace_folder(out, fill)
    else:
        fill(None)
    for listed in (result.missing, result.differing, result.unchanged):
        listed.sort()
    return result


class _Helper:
    """A forked process that renders ``paths`` (compared, and written into ``staging`` if
    given) while this one renders the rest; it sends back each page's SHA-256 and whether it
    was missing, differing or unchanged. Without fork, or without paths, it does nothing."""

    def __init__(self, out: Path, source: Source, paths: list[str],
                 staging: Path | None) -> None:
        self.paths: list[str] = paths if paths and hasattr(os, "fork") else []
        self.pid = 0
        self.reading: int | None = None
        if not self.paths:
            return
        for stream in (sys.stdout, sys.stderr):
            stream.flush()  # else both processes would write what is buffered
        reading, writing = os.pipe()
        try:
            self.pid = os.fork()
        except OSError:  # no process to be had (a limit, memory): this one does them all
            os.close(reading)
            os.close(writing)
            self.paths = []
            return
        if self.pid == 0:  # the helper: never returns into the caller's code
            status = 1
            try:
                os.close(reading)
                found = Plan()
                digests = {p: _one(out, p, source.chunks(p), found, staging) for p in paths}
                kinds = {p: kind for kind in ("missing", "differing", "unchanged")
                         for p in getattr(found, kind)}
                with os.fdopen(writing, "wb") as stream:
                    stream.write(json.dumps({p: [digests[p], kinds[p]] for p in paths})
                                 .encode("utf-8"))
                status = 0
            except BaseException:  # whatever it is, the caller renders these pages again
                pass
            finally:
                os._exit(status)
        os.close(writing)
        self.reading = reading

    def results(self) -> dict[str, tuple[str, str]] | None:
        """Each page's SHA-256 and kind, once the helper is done; None if it failed."""
        if not self.paths:
            return {}
        assert self.reading is not None
        with os.fdopen(self.reading, "rb") as stream:
            self.reading = None
            data = stream.read()
        _, status = os.waitpid(self.pid, 0)
        self.pid = 0
        if status != 0:
            return None
        try:
            found = json.loads(data)
            return {p: (found[p][0], found[p][1]) for p in self.paths}
        except (ValueError, KeyError, TypeError, IndexError):
            return None

    def stop(self) -> None:
        """Make sure the helper has ended (this process failed or was interrupted first):
        nothing may write into the staging folder once it is being removed."""
        if self.reading is not None:
            os.close(self.reading)
            self.reading = None
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
            self.pid = 0


def _refuse_foreign(out: Path, source: Source, ours: set[str]) -> None:
    """Before writing anything: a file there that no manifest lists and that the render
    would change is someone else's; a page whose place is a link out of the folder is
    refused too."""
    if not os.path.lexists(out):  # a new folder: nothing in it to be foreign or a link
        return
    foreign = []
    for path in sorted(source.paths):
        if _inside(out, path) is None:
            raise FatalError(f"{out / path}: is a link out of the output folder; refused")
        if path not in ours and (out / path).is_file() and (
                _file_digest(out / path) != _Hashing(source.chunks(path)).digest()):
            foreign.append(path)
    if foreign:
        raise FatalError(
            f"{out}: would overwrite files that no earlier render wrote (not in {MANIFEST}): "
            + ", ".join(foreign) + "; move them away or choose another --out folder")


# Staging folders inside the output (a mount point is updated in place; older releases
# staged there too): never content.


def _one(out: Path, path: str, chunks: Iterable[bytes], result: Plan,
         staging: Path | None) -> str:
    """Compare (and with ``staging``, write there) one page; its SHA-256."""
    existing = _file_digest(out / path)
    hashing = _Hashing(chunks)
    if staging is None:
        digest = hashing.digest()
    else:
        target = staging / path
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as stream:
            for chunk in hashing:
                stream.write(chunk)
        digest = hashing.digest()
        if existing is not None:
            if digest == existing:  # unchanged: the very file, so its mtime stays
                target.unlink()
                link_or_copy(out / path, target)
            else:
                os.chmod(target, (out / path).stat().st_mode & 0o7777)  # keep the file's mode
    if existing is None:
        result.missing.append(path)
    elif existing != digest:
        result.differing.append(path)
    else:
        result.unchanged.append(path)
    return digest


def _removable(out: Path, path: str, digest: str) -> bool:
    """A plain file (not a link) inside the output folder, holding what the render wrote."""
    target = out / path
    return (target.is_file() and not target.is_symlink()
            and target.resolve().is_relative_to(out.resolve())
            and _file_digest(target) == digest)
