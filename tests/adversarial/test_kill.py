"""SIGKILL mid-write: the output folder is the old set or the new set, never a mix.

`render` and `import-table` run in a fresh process that is killed once its staging folder
(the next content, built beside the old one) holds a number of files the seed chooses, so
every kill lands while files are being written, at a different point of the write each
seed. The folder is then compared, file by file, with the complete old and new sets. A
rerun finishes the job and leaves nothing behind.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.cli import run_cli
from tests.support.repos import collection, make_repo

# One worker runs this module (--dist loadgroup): its module fixture is made once.
pytestmark = pytest.mark.xdist_group("kill")

SEEDS = range(3)
COLLECTIONS = 60
ROWS = (60, 240)  # the first table, then the second: 300 files after both
ATTEMPTS = 3
STAGING = ".nzconfig-new."  # core.fsutil's prefix of the folder the next content is built in


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def nzconfig(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "nzconfig", *map(str, args)]


def _staged_files(folder: Path) -> int:
    """How many files the staging folder of ``folder`` holds (0 before it exists)."""
    prefix = f".{folder.name}{STAGING}"
    try:
        staging = [p for p in folder.parent.iterdir() if p.name.startswith(prefix)]
        return sum(len(files) for staged in staging for _, _, files in os.walk(staged))
    except FileNotFoundError:  # the staging folder was just switched in or removed
        return 0


def killed_mid_write(command: list[str], folder: Path, files: int) -> bool:
    """Run ``command``, SIGKILL it once the staging folder of ``folder`` holds ``files``
    files; whether the kill landed (False: the process finished first)."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while proc.poll() is None:
            if _staged_files(folder) >= files:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.001)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode == -signal.SIGKILL


def kill_and_check(command: list[str], folder: Path, old: dict[str, bytes],
                   new: dict[str, bytes], reset: Path, seed: int, total: int) -> None:
    """Kill ``command`` mid-write at the seed's point; the folder must be old or new. If the
    process outran the kill, the folder is reset from ``reset`` and the kill tried earlier."""
    files = random.Random(seed).randint(1, total - 1)
    for _ in range(ATTEMPTS):
        killed = killed_mid_write(command, folder, files)
        assert snapshot(folder) in (old, new)
        if killed:
            return
        shutil.rmtree(folder)
        shutil.copytree(reset, folder)
        files = max(1, files // 4)
    pytest.fail(f"the process finished before {files} files were staged, {ATTEMPTS} times")


def repo_with(root: Path, tag: str) -> Path:
    members = ["AAA", "BBB", "CCC"]
    return make_repo(root, [collection(f"Books {tag} {i:04d} (TST)", members[: 1 + i % 3])
                            for i in range(COLLECTIONS)])


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """The new repository, and the complete old and new sites."""
    base = tmp_path_factory.mktemp("kill-render")
    old_repo, new_repo = repo_with(base / "old", "Old"), repo_with(base / "new", "New")
    for repo, site in ((old_repo, base / "old-site"), (new_repo, base / "new-site")):
        assert run_cli("render", repo, "--out", site).code == 0
    return new_repo, base / "old-site", base / "new-site"


@pytest.mark.parametrize("seed", SEEDS)
def test_render_killed_mid_write(seed: int, tmp_path: Path,
                                 sites: tuple[Path, Path, Path]) -> None:
    new_repo, old_site, new_site = sites
    old, new = snapshot(old_site), snapshot(new_site)
    assert old.keys() & new.keys() and old != new
    out = shutil.copytree(old_site, tmp_path / "site")
    kill_and_check(nzconfig("render", new_repo, "--out", out), out, old, new,
                   old_site, seed, len(new))
    assert run_cli("render", new_repo, "--out", out).code == 0
    assert snapshot(out) == new
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no staging left


def table(path: Path, tag: str, rows: int) -> Path:
    lines = ["Collection Name,Subscription Package,Managed via,Access Type,"
             "Acquisitions Profile,Availability,Members"]
    lines += [f"Books {tag} {i:04d} (TST),Pkg,Community Zone,Subscription,TST,"
              f"Access to all,AAA; BBB" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def imports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A repository after the first table's import, the second table, and the repository
    after importing both."""
    base = tmp_path_factory.mktemp("kill-import")
    first = table(base / "first.csv", "First", ROWS[0])
    second = table(base / "second.csv", "Second", ROWS[1])
    after_first = make_repo(base / "after-first", [])
    assert run_cli("import-table", first, after_first).code == 0
    after_both = shutil.copytree(after_first, base / "after-both")
    assert run_cli("import-table", second, after_both).code == 0
    return after_first, second, after_both


@pytest.mark.parametrize("seed", SEEDS)
def test_import_table_killed_mid_write(seed: int, tmp_path: Path,
                                       imports: tuple[Path, Path, Path]) -> None:
    after_first, second, after_both = imports
    old, new = snapshot(after_first / "collections"), snapshot(after_both / "collections")
    assert len(old) == ROWS[0] and len(new) == sum(ROWS)
    repo = shutil.copytree(after_first, tmp_path / "repo")
    kill_and_check(nzconfig("import-table", second, repo), repo / "collections", old, new,
                   after_first / "collections", seed, len(new))
    assert run_cli("import-table", second, repo, "--force").code == 0
    assert snapshot(repo / "collections") == new
    assert not [p for p in os.listdir(repo) if p.startswith(".collections.")]
