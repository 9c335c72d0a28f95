"""`nzconfig` in a fresh process, with its wall time and its own peak memory.

The peak is taken by a small Python starter that forks, execs nzconfig and reports wait4's
rusage. Linux keeps a process's peak resident memory across exec, and a child that a pytest
worker starts directly (vfork, then exec) would report the worker's own peak: hundreds of
megabytes after some tests, whatever nzconfig used. Forked from the small starter, the
child's peak starts at the starter's few megabytes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

_STARTER = """
import os, sys
report, argv = sys.argv[1], sys.argv[2:]
pid = os.fork()
if pid == 0:
    os.execv(argv[0], argv)
_, status, usage = os.wait4(pid, 0)
with open(report, "w") as out:
    out.write(f"{status} {usage.ru_maxrss}")
"""


@dataclass(frozen=True)
class Measured:
    code: int  # the exit code, or -N for a signal N (a kill at the time bound)
    output: str  # stdout and stderr together
    seconds: float
    rss_mb: float


def measured(*args: str | Path, cwd: Path | None = None, kill_after: float,
             stdin_null: bool = True) -> Measured:
    """``python -m nzconfig ARGS``; killed (with the starter) after ``kill_after`` seconds."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    with tempfile.TemporaryDirectory() as scratch, \
            tempfile.TemporaryFile() as out:
        report = Path(scratch) / "rusage"
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-c", _STARTER, str(report), sys.executable, "-m", "nzconfig",
             *map(str, args)],
            stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL if stdin_null else None, env=env, cwd=cwd,
            start_new_session=True)
        try:
            proc.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        seconds = time.monotonic() - started
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
        if not report.exists():  # killed before the child ended
            return Measured(-signal.SIGKILL, text, seconds, 0.0)
        status, peak_kb = map(int, report.read_text().split())
    return Measured(os.waitstatus_to_exitcode(status), text, seconds, peak_kb / 1024)
