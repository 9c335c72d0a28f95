"""Writing the rendered files: atomically, with a manifest, and removing only our own leftovers.

The manifest (``MANIFEST`` in the output folder) lists every file the last render wrote
with its SHA-256. A file the new render no longer produces is removed only if that
manifest lists it and it lies inside the output folder; nothing else is ever deleted, and
a file the render would overwrite that no manifest lists (someone else's) is refused.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Protocol

from nzconfig.core.errors import FatalError
from nzconfig.core.fsutil import write_atomic

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


def previous(out: Path) -> list[str]:
    """The files the last render listed; [] when there is no readable manifest."""
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict) or data.get("generator") != GENERATOR:
        return []
    return sorted(p for p in files if isinstance(p, str) and _safe(p))


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


def plan(out: Path, source: Source) -> Plan:
    """What writing would change; nothing is written."""
    return _sync(out, source, write=False)


def write(out: Path, source: Source) -> Plan:
    """Write what changed (the manifest last), then remove stale files of the last render.

    Pages are rendered and written one at a time, each compared with the file there by its
    SHA-256 as it streams past; so memory holds one page, whatever the size of the site.
    """
    return _sync(out, source, write=True)


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


def _sync(out: Path, source: Source, write: bool) -> Plan:
    if write and out.exists() and not out.is_dir():
        raise FatalError(f"{out}: exists and is not a folder")
    old = previous(out)
    if write:
        _refuse_foreign(out, source, set(old) | {MANIFEST})
    result = Plan()
    digests: dict[str, str] = {}
    # Changed pages go to a staging folder beside the output first, and into place only once
    # every page has rendered: a template failing half way leaves the output as it was.
    staging = _Staging(out) if write else None
    try:
        for path in source.paths:
            digests[path] = _one(out, path, source.chunks(path), result, staging)
        _one(out, MANIFEST, (_digests(digests),), result, staging)
        if staging is not None:
            staging.commit()
    finally:
        if staging is not None:
            staging.remove()
    produced = set(digests) | {MANIFEST}
    result.stale = [p for p in old if p not in produced and _removable(out, p)]
    for listed in (result.missing, result.differing, result.unchanged):
        listed.sort()
    if write:
        for path in result.stale:
            (out / path).unlink(missing_ok=True)
            _prune(out, (out / path).parent)
    return result


def _refuse_foreign(out: Path, source: Source, ours: set[str]) -> None:
    """Before writing anything: a file there that no manifest lists and that the render
    would change is someone else's."""
    foreign = [p for p in sorted(source.paths) if p not in ours and (out / p).is_file()
               and _file_digest(out / p) != _Hashing(source.chunks(p)).digest()]
    if foreign:
        raise FatalError(
            f"{out}: would overwrite files that no earlier render wrote (not in {MANIFEST}): "
            + ", ".join(foreign) + "; move them away or choose another --out folder")


class _Staging:
    """Pages written (atomically, each) into a hidden folder, then moved into ``out``.

    The folder is inside ``out`` when it exists (the same file system, so each move is a
    rename), beside it otherwise (so a failed first render leaves no ``out`` behind).
    """

    def __init__(self, out: Path) -> None:
        base = out if out.is_dir() else out.parent
        base.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=".nzconfig-staging.", dir=base))
        self.moves: list[tuple[Path, Path]] = []

    def write(self, target: Path, path: str, hashing: _Hashing, existing: str | None) -> None:
        staged = self.folder / path
        if write_atomic(staged, hashing, lambda: hashing.digest() == existing):
            self.moves.append((staged, target))

    def commit(self) -> None:
        for staged, target in self.moves:  # the manifest last, as it was written last
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.is_file():
                os.chmod(staged, target.stat().st_mode & 0o7777)  # keep the file's mode
            os.replace(staged, target)

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _one(out: Path, path: str, chunks: Iterable[bytes], result: Plan,
         staging: _Staging | None) -> str:
    """Compare (and with ``staging``, write) one page; its SHA-256."""
    existing = _file_digest(out / path)
    hashing = _Hashing(chunks)
    if staging is None or (existing is not None and path != MANIFEST
                           and _inside(out, path) is None):
        digest = hashing.digest()
        if staging is not None and digest != existing:  # through a link out of the folder
            raise FatalError(f"{out / path}: is a link out of the output folder; refused")
    else:
        target = _inside(out, path) if path != MANIFEST else out / path
        if target is None:
            raise FatalError(f"{out / path}: is a link out of the output folder; refused")
        staging.write(target, path, hashing, existing)
        digest = hashing.digest()
    if existing is None:
        result.missing.append(path)
    elif existing != digest:
        result.differing.append(path)
    else:
        result.unchanged.append(path)
    return digest


def _removable(out: Path, path: str) -> bool:
    """A plain file (not a link) whose real place is inside the output folder."""
    target = out / path
    return (target.is_file() and not target.is_symlink()
            and target.resolve().is_relative_to(out.resolve()))


def _prune(out: Path, folder: Path) -> None:
    """Remove folders the stale files leave empty, up to (not including) the output folder."""
    root = out.resolve()
    while folder.resolve() != root and folder.resolve().is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return  # not empty, or not ours to remove
        folder = folder.parent
