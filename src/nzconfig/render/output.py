"""Writing the rendered files: atomically, with a manifest, and removing only our own leftovers.

The manifest (``MANIFEST`` in the output folder) lists every file the last render wrote
with its SHA-256. A file the new render no longer produces is removed only if that
manifest lists it and it lies inside the output folder; nothing else is ever deleted, and
a file the render would overwrite that no manifest lists (someone else's) is refused.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from nzconfig.errors import FatalError
from nzconfig.fsutil import write_atomic

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


def manifest(files: dict[str, bytes]) -> bytes:
    entries = {path: hashlib.sha256(data).hexdigest() for path, data in sorted(files.items())}
    text = json.dumps({"generator": GENERATOR, "files": entries}, indent=2, sort_keys=True)
    return (text + "\n").encode("utf-8")


def with_manifest(files: dict[str, bytes]) -> dict[str, bytes]:
    return {**files, MANIFEST: manifest(files)}


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


def plan(out: Path, files: dict[str, bytes]) -> Plan:
    result = Plan()
    for path, data in sorted(files.items()):
        target = out / path
        if not target.is_file():
            result.missing.append(path)
        elif target.read_bytes() != data:
            result.differing.append(path)
        else:
            result.unchanged.append(path)
    result.stale = [p for p in previous(out) if p not in files and _removable(out, p)]
    return result


def write(out: Path, files: dict[str, bytes]) -> Plan:
    """Write what changed (the manifest last), then remove stale files of the last render."""
    if out.exists() and not out.is_dir():
        raise FatalError(f"{out}: exists and is not a folder")
    result = plan(out, files)
    ours = set(previous(out)) | {MANIFEST}
    foreign = [p for p in result.differing if p not in ours]
    if foreign:
        raise FatalError(
            f"{out}: would overwrite files that no earlier render wrote (not in {MANIFEST}): "
            + ", ".join(foreign) + "; move them away or choose another --out folder")
    for path in [*result.missing, *result.differing]:
        if path == MANIFEST:
            continue
        target = _inside(out, path)
        if target is None:
            raise FatalError(f"{out / path}: is a link out of the output folder; refused")
        write_atomic(target, files[path])
    if MANIFEST in files and MANIFEST in (*result.missing, *result.differing):
        write_atomic(out / MANIFEST, files[MANIFEST])
    for path in result.stale:
        (out / path).unlink(missing_ok=True)
        _prune(out, (out / path).parent)
    return result


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
