"""`nzconfig` in a fresh process, with its wall time and its own peak memory.

Started through benchmarks/fresh.py's small forking starter, which the benchmarks use too:
a child that a pytest worker started directly would report the worker's own peak (hundreds
of megabytes after some tests), whatever nzconfig used.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from benchmarks.fresh import Run, run

Measured = Run


def measured(*args: str | Path, cwd: Path | None = None, kill_after: float,
             stdin_null: bool = True) -> Measured:
    """``python -m nzconfig ARGS``; killed (with the starter) after ``kill_after`` seconds."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    return run([sys.executable, "-m", "nzconfig", *args], env=env, cwd=cwd,
               kill_after=kill_after, stdin_null=stdin_null)
