"""Find a consortium repository's files: which file is which kind, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from nzconfig.core.catalog import BAD_NAME, OUTSIDE, UNKNOWN_POLICY
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.errors import FatalError
from nzconfig.core.markup import hidden, visible
from nzconfig.core.wording import did_you_mean
from nzconfig.loading.loader import read_file

# Folder -> schema kind. policies/ files are typed one by one (see POLICY_FILES).
# vendors/, funds/ and licences/ are the network-level acquisitions records (seed 004):
# data like collections, one file per record, not policy.
FOLDERS = {
    "institutions": "institution",
    "collections": "collection",
    "vendors": "vendor",
    "funds": "fund",
    "licences": "licence",
    "costs": "cost",  # invoices and usage for cost shares (nzconfig.domain.costs)
}
POLICIES = "policies"
TEMPLATES = "templates"  # the repository's template overrides (nzconfig.render.environment)
DATA = "data"  # data files that policies name (activation exports)
# Every folder nzconfig reads: no output may go into one.
READ_FOLDERS = (*FOLDERS, POLICIES, TEMPLATES, DATA)
EXTENSIONS = (".yaml", ".yml")

# Policy file name -> schema kind. Every file in policies/ must be one of these.
POLICY_FILES: dict[str, str] = {
    "acquisitions.yaml": "acquisitions",
    "alma.yaml": "alma",
    "cdi-matrix.yaml": "cdi-matrix",
    "costs.yaml": "costs",
    "network.yaml": "network",
    "licence-terms.yaml": "licence-terms",
    "open-access.yaml": "open-access",
    "rules.yaml": "rules",
    "urls.yaml": "urls",
    "usage.yaml": "usage",
    "waivers.yaml": "waivers",
}


@dataclass(frozen=True, slots=True)
class SourceFile:
    kind: str
    path: Path
    file: str  # repository-relative, POSIX separators: what diagnostics print
    blob: str = ""  # the git object id, for a file read from a git revision
    size: int = -1  # its size in bytes, where known before reading


class Tree(Protocol):
    """A repository's files as validate reads them: a folder on disk (``Folder``) or a git
    revision read from its objects (``nzconfig.changes.snapshot.GitTree``)."""

    @property
    def root(self) -> Path:
        """The folder the repository stands for (the Network's root)."""
        ...

    def listing(self) -> tuple[list[SourceFile], list[Diagnostic]]:
        """The files to load, in order, and the files refused by name or kind."""
        ...

    def contents(self, wanted: Sequence[SourceFile]) -> Iterator[bytes | list[Diagnostic]]:
        """Each of ``wanted``'s bytes in its order, or why that file cannot be read."""
        ...


@dataclass(frozen=True, slots=True)
class Folder:
    """The repository in a folder on disk."""

    root: Path

    def listing(self) -> tuple[list[SourceFile], list[Diagnostic]]:
        return discover(require_repository(self.root))

    def contents(self, wanted: Sequence[SourceFile]) -> Iterator[bytes | list[Diagnostic]]:
        return (read_file(source.path, source.file) for source in wanted)


def is_repository(folder: Path) -> bool:
    """A folder with institutions/, collections/ or policies/ (or another data folder)."""
    return any((folder / name).is_dir() for name in (*FOLDERS, POLICIES))


def find_root(start: Path) -> Path:
    """The repository ``start`` is in, as git finds its work tree: ``start`` itself or the
    nearest folder above it that is a repository, not looking past the top of a git work
    tree. ``start`` when none is (require_repository then says why)."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if is_repository(folder):
            return start if folder == here else folder
        if (folder / ".git").exists():
            break
    return start


def require_repository(root: Path) -> Path:
    if not root.is_dir():
        raise FatalError(f"{root}: no such repository (not a directory)")
    if not is_repository(root):
        raise FatalError(
            f"{root}: not an nzconfig repository (no institutions/, collections/ or policies/)"
        )
    return root


def discover(root: Path) -> tuple[list[SourceFile], list[Diagnostic]]:
    """Every YAML file under the known folders, sorted by path, whatever the disk order."""
    base = root.resolve()
    found: list[SourceFile] = []
    problems: list[Diagnostic] = []
    for folder in sorted((*FOLDERS, POLICIES)):
        directory = root / folder
        if directory.is_symlink():
            # Whatever it points at: its files would be read as the repository's own.
            problems.append(Diagnostic(
                OUTSIDE, Severity.ERROR, f"{folder}/", 1, 1,
                "is a symbolic link to a folder; refused (nothing in it is read)",
                hint=f"make {folder}/ a real folder in the repository",
            ))
            continue
        if not directory.is_dir():
            continue
        # scandir: whether an entry is a link comes with the listing (no lstat per file).
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda e: e.name)
        for entry in entries:
            name = entry.name
            if _candidate(name) and entry.is_symlink() and not _inside(directory / name, base):
                problems.append(Diagnostic(
                    OUTSIDE, Severity.ERROR, f"{folder}/{name}", 1, 1,
                    "is a symbolic link to a file outside the repository; refused",
                    hint="copy the file into the repository instead",
                ))
                continue
            kind = classify(folder, name)
            if isinstance(kind, Diagnostic):
                problems.append(kind)
            elif kind is not None:
                found.append(SourceFile(kind, directory / name, f"{folder}/{name}"))
    return found, problems


def _candidate(name: str) -> bool:
    return name.endswith(EXTENSIONS) and not name.startswith(".") and _reportable(name)


def classify(folder: str, name: str) -> str | Diagnostic | None:
    """The schema kind of the file ``name`` in the known ``folder``; a diagnostic when the
    file is refused; None when it is not a file nzconfig reads. Shared by the folder on disk
    and by a git revision read from its objects (nzconfig.changes.snapshot)."""
    if not name.endswith(EXTENSIONS) or name.startswith("."):
        return None
    file = f"{folder}/{name}"
    if not _reportable(name):
        return Diagnostic(
            BAD_NAME, Severity.ERROR, f"{folder}/{_escaped(name)}", 1, 1,
            "the file name is not UTF-8 text or holds control characters; refused",
            hint="rename the file (reports and annotations cannot name it)",
        )
    if folder == POLICIES:
        kind = POLICY_FILES.get(name)
        return _unknown_policy(file, name) if kind is None else kind
    return FOLDERS[folder]


def _unknown_policy(file: str, name: str) -> Diagnostic:
    hint = did_you_mean(name, POLICY_FILES) or (
        "known policy files: " + ", ".join(sorted(POLICY_FILES)))
    return Diagnostic.whole_file(UNKNOWN_POLICY, Severity.ERROR, file,
                                 f"`{name}` is not a known policy file", hint=hint)


def _inside(path: Path, base: Path) -> bool:
    """Where a link finally points; os.path.realpath, unlike Path.resolve, takes a loop
    without raising (the loader then reports the loop as unreadable)."""
    return Path(os.path.realpath(path)).is_relative_to(base)


def _reportable(name: str) -> bool:
    """Names every report can carry: no undecodable bytes (which Python keeps as lone
    surrogates), no control characters (a newline would split a diagnostic line), no bidi or
    zero-width characters (they disguise the name)."""
    return not hidden(name)


def _escaped(name: str) -> str:
    """The name with its bad bytes and control characters written as escapes."""
    return visible(os.fsencode(name).decode("utf-8", "backslashreplace"))
