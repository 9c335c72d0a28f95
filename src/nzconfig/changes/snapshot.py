"""A side of a comparison: a directory as it is, or a git revision read from its objects.

A revision is read straight from git's object store: ``git ls-tree`` lists the folders
nzconfig reads (and nothing else), and one ``git cat-file --batch`` streams the blobs that
are wanted, one at a time. Nothing is written to disk, no worktree is created, the user's
checkout is not touched, and a file outside those folders (however large) is never read.
Each blob's id lets validate parse a file once when both sides hold the same bytes.
"""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from nzconfig.core.diagnostics import Diagnostic
from nzconfig.core.errors import FatalError
from nzconfig.core.limits import MAX_FILE_BYTES
from nzconfig.loading.loader import too_large, unreadable
from nzconfig.loading.repo import FOLDERS, POLICIES, SourceFile, Tree, classify

KEEP = frozenset((*FOLDERS, POLICIES))
_REGULAR = (b"100644", b"100755")
_DIRECTORY = b"040000"


@dataclass(frozen=True, slots=True)
class Side:
    label: str  # what the user gave: a revision, "working tree" or a folder
    root: Path  # the folder validated, or (a git revision) an empty folder standing for it
    tree: Tree | None = None  # a git revision's files; None: read the folder


def resolve(repo: Path, spec: str | None, target: Path) -> Side:
    """``spec`` is a folder, a git revision of ``repo``, or None for the working tree. A
    folder wins over a revision of that name. ``target`` is an empty folder that stands
    for a revision's root (nothing is written to it)."""
    if spec is None:
        return Side("working tree", repo)
    if Path(spec).is_dir():
        return Side(spec, Path(spec))
    target.mkdir(parents=True, exist_ok=True)
    return Side(spec, target, GitTree(repo, spec, target))


class GitTree:
    """The repository's files at a git revision (an ``nzconfig.loading.repo.Tree``)."""

    def __init__(self, repo: Path, revision: str, root: Path) -> None:
        self.root = root
        prefix = _git(repo, "rev-parse", "--show-prefix").decode().strip()
        self.top = Path(_git(repo, "rev-parse", "--show-toplevel").decode().strip())
        commit = _git(repo, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}",
                      what=f"`{revision}` is neither a folder nor a git revision of {repo}")
        self.tree = f"{commit.decode().strip()}:{prefix}"
        _git(self.top, "cat-file", "-e", self.tree,
             what=f"{repo} does not exist at revision `{revision}`")

    def listing(self) -> tuple[list[SourceFile], list[Diagnostic]]:
        """The files of the known folders (not their subfolders), sorted as on disk."""
        # A revision from before the configuration was added reads as an empty repository.
        out = _git(self.top, "ls-tree", "-z", "--long", self.tree, "--",
                   *(f"{folder}/" for folder in sorted(KEEP)))
        entries: list[tuple[str, str, bytes, str, bytes]] = []
        for entry in out.split(b"\0"):
            if not entry:
                continue
            meta, _, raw_path = entry.partition(b"\t")
            mode, _, oid, size = meta.split(maxsplit=3)
            folder, _, name = os.fsdecode(raw_path).partition("/")
            if folder in KEEP and name and "/" not in name:
                entries.append((folder, name, mode, oid.decode("ascii"), size))
        found: list[SourceFile] = []
        problems: list[Diagnostic] = []
        for folder, name, mode, blob, size in sorted(entries, key=lambda e: (e[0], e[1])):
            # Regular files only, as the folder's files are read; a link or a submodule is
            # not followed. A folder named like a YAML file is refused as on disk.
            if mode not in _REGULAR and mode != _DIRECTORY:
                continue
            kind = classify(folder, name)
            file = f"{folder}/{name}"
            if isinstance(kind, Diagnostic):
                problems.append(kind)
            elif kind is not None and mode == _DIRECTORY:  # refused when read, as on disk
                found.append(SourceFile(kind, self.root / folder / name, file, "", 0))
            elif kind is not None:
                found.append(SourceFile(kind, self.root / folder / name, file, blob,
                                        int(size)))
        return found, problems

    def contents(self, wanted: Sequence[SourceFile]) -> Iterator[bytes | list[Diagnostic]]:
        """Each wanted file's bytes, in order, streamed from one ``git cat-file --batch``;
        a file over the size limit is refused without being read."""
        asked = [s for s in wanted if s.blob and s.size <= MAX_FILE_BYTES]
        if not asked:
            yield from (_unread(s) for s in wanted)
            return
        try:
            proc = subprocess.Popen(["git", "-C", str(self.top), "cat-file", "--batch"],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL)
        except OSError as exc:
            raise FatalError(f"cannot run git: {exc}") from exc
        assert proc.stdin is not None and proc.stdout is not None
        # Ids are written by a thread while blobs are read here, so neither pipe fills up.
        writer = threading.Thread(target=_ask, args=(proc.stdin, asked), daemon=True)
        writer.start()
        try:
            for source in wanted:
                yield (_blob(proc.stdout, source) if source.blob and source.size <= MAX_FILE_BYTES
                       else _unread(source))
        finally:
            proc.stdout.close()
            proc.kill()
            proc.wait()
            writer.join()


def _unread(source: SourceFile) -> list[Diagnostic]:
    if not source.blob:
        return [unreadable(source.file, "path is a directory, not a YAML file")]
    return [too_large(source.file)]


def _ask(stdin: IO[bytes], asked: list[SourceFile]) -> None:
    try:
        for source in asked:
            stdin.write(source.blob.encode("ascii") + b"\n")
        stdin.close()
    except (BrokenPipeError, ValueError):  # the reader stopped early (an error or a kill)
        pass


def _blob(stdout: IO[bytes], source: SourceFile) -> bytes:
    header = stdout.readline().split()
    if len(header) != 3 or header[0].decode("ascii", "replace") != source.blob:
        raise FatalError(f"git cat-file could not read {source.file} ({source.blob})")
    size = int(header[2])
    data = stdout.read(size)
    if len(data) != size or stdout.read(1) != b"\n":
        raise FatalError(f"git cat-file stopped while reading {source.file}")
    return data


def archive(repo: Path, revision: str, target: Path) -> None:
    """Write the files nzconfig reads at ``revision`` into ``target`` (for inspection)."""
    tree = GitTree(repo, revision, target)
    sources, _ = tree.listing()
    (target / "collections").mkdir(parents=True, exist_ok=True)
    for source, data in zip(sources, tree.contents(sources), strict=True):
        if isinstance(data, bytes):
            source.path.parent.mkdir(parents=True, exist_ok=True)
            source.path.write_bytes(data)


def _git(repo: Path, *args: str, what: str | None = None) -> bytes:
    try:
        done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)
    except OSError as exc:
        raise FatalError(f"cannot run git: {exc}") from exc
    if done.returncode != 0:
        detail = done.stderr.decode(errors="replace").strip()
        raise FatalError(what or f"git {args[0]} failed in {repo}: {detail}")
    return done.stdout
