"""Find a consortium repository's files: which file is which kind, in a stable order."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from nzconfig.core.catalog import BAD_NAME, OUTSIDE, UNKNOWN_POLICY
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.errors import FatalError
from nzconfig.core.wording import did_you_mean

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
EXTENSIONS = (".yaml", ".yml")

# Policy file name -> schema kind. Every file in policies/ must be one of these.
POLICY_FILES: dict[str, str] = {
    "acquisitions.yaml": "acquisitions",
    "cdi-matrix.yaml": "cdi-matrix",
    "costs.yaml": "costs",
    "network.yaml": "network",
    "licence-terms.yaml": "licence-terms",
    "open-access.yaml": "open-access",
    "rules.yaml": "rules",
    "urls.yaml": "urls",
    "waivers.yaml": "waivers",
}


@dataclass(frozen=True, slots=True)
class SourceFile:
    kind: str
    path: Path
    file: str  # repository-relative, POSIX separators: what diagnostics print


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
        if not directory.is_dir():
            continue
        for path in sorted(directory.iterdir(), key=lambda p: p.name):
            if not path.name.endswith(EXTENSIONS) or path.name.startswith("."):
                continue
            file = f"{folder}/{path.name}"
            if not _reportable(path.name):
                problems.append(Diagnostic.whole_file(
                    BAD_NAME, Severity.ERROR, f"{folder}/{_escaped(path.name)}",
                    "the file name is not UTF-8 text or holds control characters; refused",
                    hint="rename the file (reports and annotations cannot name it)",
                ))
                continue
            if path.is_symlink() and not _inside(path, base):
                problems.append(Diagnostic.whole_file(
                    OUTSIDE, Severity.ERROR, file,
                    "is a symbolic link to a file outside the repository; refused",
                    hint="copy the file into the repository instead",
                ))
                continue
            if folder == POLICIES:
                kind = POLICY_FILES.get(path.name)
                if kind is None:
                    problems.append(_unknown_policy(file, path.name))
                    continue
            else:
                kind = FOLDERS[folder]
            found.append(SourceFile(kind, path, file))
    return found, problems


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
    surrogates) and no control characters (a newline would split a diagnostic line)."""
    return not any(ord(c) < 32 or 127 <= ord(c) < 160 or "\ud800" <= c <= "\udfff"
                   for c in name)


def _escaped(name: str) -> str:
    """The name with its bad bytes and control characters written as escapes."""
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
