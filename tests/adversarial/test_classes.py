"""One hostile case per class of issue 10, through the real CLI, each within a time and a
memory bound: a clean diagnostic (exit 1 or 2, never a traceback), nothing read from outside
the repository, no markup from data, nothing half-written.

1 sizes not counted · 2 work not bounded · 3 markup from data · 4 writes not all-or-nothing
(tests/adversarial/test_kill.py kills at random points) · 5 reading outside the repository ·
6 names that deceive · 7 ordinary failures · 8 small ones
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.minirepo import collection, make_repo

SECONDS = 30.0
MAX_RSS_MB = 400


@dataclass(frozen=True)
class Measured:
    code: int
    output: str
    seconds: float
    rss_mb: float


def nzconfig(*args: str | Path, cwd: Path | None = None) -> Measured:
    """The CLI in a fresh process, with its wall time and peak memory; killed at 3x the bound."""
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    with tempfile.TemporaryFile() as out:
        started = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "nzconfig", *map(str, args)],
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env=env, cwd=cwd)
        timer = threading.Timer(SECONDS * 3, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.monotonic() - started
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    assert "Traceback" not in text and "internal error" not in text, text[-3000:]
    run = Measured(os.waitstatus_to_exitcode(status), text, seconds, usage.ru_maxrss / 1024)
    assert run.seconds < SECONDS, run
    assert run.rss_mb < MAX_RSS_MB, run
    return run


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "repo", [collection("Shared Books (TST)", ["AAA"])])


# --- 5. Reading outside the repository ---------------------------------------------------

@pytest.mark.parametrize("folder", ["collections", "institutions", "policies"])
def test_a_symlinked_folder_is_refused(repo: Path, tmp_path: Path, folder: str) -> None:
    elsewhere = tmp_path / "elsewhere"
    (repo / folder).rename(elsewhere)
    (repo / folder).symlink_to(elsewhere)
    run = nzconfig("validate", repo)
    assert run.code == 1
    assert f"{folder}/:1:1: error [NZ014] is a symbolic link to a folder" in run.output


def test_a_symlinked_templates_folder_is_refused(repo: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "index.md").write_text("SECRET\n")
    (repo / "templates").symlink_to(secret)
    run = nzconfig("render", repo, "--out", tmp_path / "site")
    assert run.code == 2
    assert "templates/: is a symbolic link to a folder; refused" in run.output
    assert not (tmp_path / "site").exists()


def test_an_include_through_a_link_out_of_templates_is_refused(repo: Path,
                                                                tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "key.txt").write_text("SECRET\n")
    (repo / "templates").mkdir()
    (repo / "templates" / "linked").symlink_to(secret)
    (repo / "templates" / "index.md").write_text('{% include "linked/key.txt" %}\n')
    run = nzconfig("render", repo, "--out", tmp_path / "site")
    assert run.code == 2
    assert "template error" in run.output and "SECRET" not in run.output
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("where", [".", "policies", "templates", "collections/sub", "/", ".."])
def test_out_where_render_would_destroy_or_feed_the_repository(repo: Path, where: str) -> None:
    (repo / "templates").mkdir()
    before = sorted(p.relative_to(repo).as_posix() for p in repo.rglob("*"))
    run = nzconfig("render", repo, "--out", where if where == "/" else repo / where)
    assert run.code == 2, run.output
    assert "refused" in run.output
    assert sorted(p.relative_to(repo).as_posix() for p in repo.rglob("*")) == before
