"""A command in a fresh process, with its wall time, CPU time and its own peak memory.

The benchmarks and the tests' memory bounds (tests/support/measure.py) both start commands
through this one module; it uses the standard library only.

Why a starter: Linux keeps a process's peak resident memory across exec, and a child forked
or vforked from a large process starts with that process's pages counted, so wait4's
``ru_maxrss`` of a child started straight from a benchmark (or a pytest worker) reports the
parent's peak, whatever the command used. Here a small Python starter forks and execs the
command and reports the child's rusage: the forked child gets a new, zeroed peak and the
starter's few megabytes as its pages, so the figure is the command's own. The starter also
times the child (fork to reaped), so its own start-up is not in the wall time, and
``ru_utime + ru_stime`` counts the command and the children it waited for (parallel
loading's workers), not the starter.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

KILLED = -signal.SIGKILL

_STARTER = """
import os, sys, time
report, argv = sys.argv[1], sys.argv[2:]
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(argv[0], argv)
    except OSError as error:
        os.write(2, f"cannot start {argv[0]}: {error}\\n".encode())
    os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - started
with open(report, "w") as out:
    out.write(f"{status} {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime!r} {wall!r}")
"""


@dataclass(frozen=True)
class Run:
    code: int  # the exit code, -N for a signal N (KILLED: killed at the time bound)
    output: str  # stdout and stderr together, or stderr alone with ``stdout=False``
    seconds: float  # wall time, fork to reaped
    rss_mb: float  # the command's own peak resident memory (MiB)
    cpu: float = 0.0  # user + system CPU time of the command and the children it waited for


def run(argv: Sequence[str | Path], *, env: Mapping[str, str] | None = None,
        cwd: Path | None = None, kill_after: float | None = None, stdout: bool = True,
        stdin_null: bool = True) -> Run:
    """Run ``argv`` (looked up on PATH like a shell does) through the starter.

    ``env`` replaces the environment (None: this one). ``stdout=False`` discards the
    command's standard output (a benchmark's report) and keeps only its standard error.
    After ``kill_after`` seconds the starter and the command are killed (a Run with KILLED
    and no figures but the time).
    """
    with tempfile.TemporaryDirectory() as scratch, tempfile.TemporaryFile() as out:
        report = Path(scratch) / "rusage"
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", _STARTER, str(report), *map(str, argv)],
            stdout=out if stdout else subprocess.DEVNULL,
            stderr=subprocess.STDOUT if stdout else out,
            stdin=subprocess.DEVNULL if stdin_null else None,
            env=None if env is None else dict(env), cwd=cwd, start_new_session=True)
        try:
            proc.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        waited = time.perf_counter() - started
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
        if not report.exists():  # killed before the command ended
            return Run(KILLED, text, waited, 0.0)
        status, peak_kib, cpu, seconds = report.read_text().split()
    return Run(os.waitstatus_to_exitcode(int(status)), text, float(seconds),
               int(peak_kib) / 1024, float(cpu))  # ru_maxrss is in KiB on Linux
