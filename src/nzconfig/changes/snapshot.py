"""A side of a comparison as a folder: a directory as it is, or a git revision written out.

A revision is materialised with ``git archive`` of the repository's own subtree, keeping
only the folders nzconfig reads, so no worktree is created and the user's checkout is not
touched.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from nzconfig.core.errors import FatalError
from nzconfig.loading.repo import FOLDERS, POLICIES

KEEP = frozenset((*FOLDERS, POLICIES))


@dataclass(frozen=True, slots=True)
class Side:
    label: str  # what the user gave: a revision, "working tree" or a folder
    root: Path  # the folder to validate


def resolve(repo: Path, spec: str | None, target: Path) -> Side:
    """``spec`` is a folder, a git revision of ``repo`` (written to the empty folder
    ``target``), or None for the working tree. A folder wins over a revision of that name."""
    if spec is None:
        return Side("working tree", repo)
    if Path(spec).is_dir():
        return Side(spec, Path(spec))
    archive(repo, spec, target)
    return Side(spec, target)


def archive(repo: Path, revision: str, target: Path) -> None:
    """Write the repository's files at ``revision`` into ``target``."""
    prefix = _git(repo, "rev-parse", "--show-prefix").decode().strip()
    top = Path(_git(repo, "rev-parse", "--show-toplevel").decode().strip())
    commit = _git(repo, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}",
                  what=f"`{revision}` is neither a folder nor a git revision of {repo}")
    tree = f"{commit.decode().strip()}:{prefix}"
    # From the top: in a subfolder, git archive would also restrict to that subfolder.
    data = _git(top, "archive", "--format=tar", tree,
                what=f"{repo} does not exist at revision `{revision}`")
    # collections/ always exists, so a revision from before the configuration was added
    # reads as an empty repository rather than as no repository.
    (target / "collections").mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            parts = PurePosixPath(member.name).parts
            # Regular files of the known folders only: links and other paths are not read.
            if len(parts) < 2 or parts[0] not in KEEP or not member.isfile() or ".." in parts:
                continue
            source = tar.extractfile(member)
            if source is None:
                continue
            path = target.joinpath(*parts)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(source.read())


def _git(repo: Path, *args: str, what: str | None = None) -> bytes:
    try:
        done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)
    except OSError as exc:
        raise FatalError(f"cannot run git: {exc}") from exc
    if done.returncode != 0:
        detail = done.stderr.decode(errors="replace").strip()
        raise FatalError(what or f"git {args[0]} failed in {repo}: {detail}")
    return done.stdout

