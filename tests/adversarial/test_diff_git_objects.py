"""diff between git revisions reads only what nzconfig reads: a 1 GB blob elsewhere in the
repository (or named like a collection) costs no memory, through the real CLI."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.support.measure import measured
from tests.support.repos import GIT_ENV, collection, git, init, make_repo

HUGE = 256 << 20
MAX_RSS_MB = 200  # the whole blob in memory (as `git archive` into a buffer did) is 256 MiB
SECONDS = 120.0


def _huge_blob(repo: Path) -> str:
    """A 256 MiB blob of zeros written straight into the object store (zlib keeps it small
    on disk; reading it back would still give 256 MiB of bytes, over the bound with nothing else).
    Compression level 1: half the CPU of git's default level, and the same blob."""
    with subprocess.Popen(["git", "-c", "core.loosecompression=1", "hash-object", "-w",
                           "--stdin"], cwd=repo,
                          env={**os.environ, **GIT_ENV}, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        chunk = bytes(1 << 20)
        for _ in range(HUGE // len(chunk)):
            proc.stdin.write(chunk)
        proc.stdin.close()
        return proc.stdout.read().decode().strip()


def test_diff_never_reads_a_huge_file_it_does_not_need(tmp_path: Path) -> None:
    repo = init(make_repo(tmp_path / "repo", [collection("Shared Books (TST)", ["AAA"])]))
    blob = _huge_blob(repo)
    for path in ("attic/disk-image.bin", "collections/huge.yaml"):
        git(repo, "update-index", "--add", "--cacheinfo", f"100644,{blob},{path}")
    git(repo, "commit", "-q", "-m", "a 256 MiB file outside the data and one inside it")

    run = measured("diff", "HEAD~1", "HEAD", cwd=repo, kill_after=SECONDS)
    text = run.output
    assert "Traceback" not in text, text[-3000:]
    assert run.code == 0, text[-3000:]
    # The file named like a collection is refused by its size, unread; the other is not seen.
    assert "collections/huge.yaml" in text and "larger than 10 MiB" in text, text
    assert "disk-image" not in text
    assert run.rss_mb < MAX_RSS_MB, run.rss_mb
