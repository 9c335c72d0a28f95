"""SIGKILL at random moments: the output folder is the old set or the new set, never a mix.

`render` and `import-table` run in a fresh process that is killed after a random delay
(several seeds, spread over the run's own duration); the folder is then compared, file by
file, with the complete old and new sets. A rerun finishes the job and leaves nothing behind.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.repos import collection, make_repo

SEEDS = range(5)
COLLECTIONS = 150


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def nzconfig(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "nzconfig", *map(str, args)]


def run_killed(command: list[str], delay: float) -> None:
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)


def timed(command: list[str]) -> float:
    started = time.monotonic()
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    return time.monotonic() - started


def repo_with(root: Path, tag: str) -> Path:
    members = ["AAA", "BBB", "CCC"]
    return make_repo(root, [collection(f"Books {tag} {i:04d} (TST)", members[: 1 + i % 3])
                            for i in range(COLLECTIONS)])


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, bytes],
                                                            dict[str, bytes], float]:
    base = tmp_path_factory.mktemp("kill-render")
    old_repo, new_repo = repo_with(base / "old", "Old"), repo_with(base / "new", "New")
    reference = base / "reference"
    timed(nzconfig("render", old_repo, "--out", reference / "old"))
    seconds = timed(nzconfig("render", new_repo, "--out", reference / "new"))
    return (old_repo, new_repo, snapshot(reference / "old"), snapshot(reference / "new"),
            seconds)


@pytest.mark.parametrize("seed", SEEDS)
def test_render_killed_at_a_random_moment(
        seed: int, tmp_path: Path,
        sites: tuple[Path, Path, dict[str, bytes], dict[str, bytes], float]) -> None:
    old_repo, new_repo, old, new, seconds = sites
    out = tmp_path / "site"
    subprocess.run(nzconfig("render", old_repo, "--out", out), check=True, capture_output=True,
                   timeout=300)
    assert snapshot(out) == old
    run_killed(nzconfig("render", new_repo, "--out", out),
               random.Random(seed).uniform(0.2, 1.1) * seconds)
    assert snapshot(out) in (old, new)
    subprocess.run(nzconfig("render", new_repo, "--out", out), check=True, capture_output=True,
                   timeout=300)
    assert snapshot(out) == new
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no staging left


def table(path: Path, tag: str, rows: int) -> Path:
    lines = ["Collection Name,Subscription Package,Managed via,Access Type,"
             "Acquisitions Profile,Availability,Members"]
    lines += [f"Books {tag} {i:04d} (TST),Pkg,Community Zone,Subscription,TST,"
              f"Access to all,AAA; BBB" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("seed", SEEDS)
def test_import_table_killed_at_a_random_moment(seed: int, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", [])
    first = table(tmp_path / "first.csv", "First", 200)
    second = table(tmp_path / "second.csv", "Second", 800)
    subprocess.run(nzconfig("import-table", first, repo), check=True,
                   capture_output=True, timeout=300)
    old = snapshot(repo / "collections")
    reference = make_repo(tmp_path / "reference", [])
    for source in (first, second):
        subprocess.run(nzconfig("import-table", source, reference), check=True,
                       capture_output=True, timeout=300)
    new = snapshot(reference / "collections")
    seconds = timed(nzconfig("import-table", second, make_repo(tmp_path / "t", [])))
    run_killed(nzconfig("import-table", second, repo),
               random.Random(seed).uniform(0.2, 1.1) * seconds)
    assert snapshot(repo / "collections") in (old, new)
    subprocess.run(nzconfig("import-table", second, repo, "--force"), check=True,
                   capture_output=True, timeout=300)
    assert snapshot(repo / "collections") == new
    assert not [p for p in os.listdir(repo) if p.startswith(".collections.")]
