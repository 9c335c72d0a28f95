"""benchmarks/fresh.py: the peak memory it reports is the command's own, not its parent's."""

from __future__ import annotations

import json
import subprocess
import sys

from benchmarks.fresh import KILLED, run
from tests.conftest import ROOT

BIG_MB = 300

# A parent holding BIG_MB of touched memory starts a tiny command twice: straight (Popen,
# then wait4, as the benchmarks did) and through fresh.run. Run in its own process so that
# the test worker's memory stays out of it.
_PARENT = f"""
import json, os, subprocess, sys
sys.path.insert(0, {str(ROOT)!r})
from benchmarks.fresh import run
held = b"x" * ({BIG_MB} << 20)
tiny = [sys.executable, "-c", "pass"]
proc = subprocess.Popen(tiny)
_, _, usage = os.wait4(proc.pid, 0)
proc.returncode = 0
print(json.dumps([usage.ru_maxrss / 1024, run(tiny).rss_mb]))
"""


def test_a_large_parent_does_not_inflate_the_figure() -> None:
    done = subprocess.run([sys.executable, "-c", _PARENT], capture_output=True, text=True,
                          check=True)
    straight, fresh = json.loads(done.stdout)
    assert straight >= BIG_MB  # what the benchmarks used to report for `python -c pass`
    assert fresh < 50, (straight, fresh)  # an interpreter that does nothing


def test_the_command_own_peak_time_and_exit_code_are_reported() -> None:
    grow = f"import sys; held = b'x' * ({BIG_MB} << 20); print('done'); sys.exit(3)"
    ran = run([sys.executable, "-c", grow])
    assert ran.code == 3
    assert ran.output == "done\n"
    assert BIG_MB <= ran.rss_mb < BIG_MB + 50
    assert ran.cpu > 0 and ran.seconds > 0


def test_stdout_can_be_discarded_keeping_errors() -> None:
    ran = run([sys.executable, "-c", "import sys; print('report'); sys.exit('failed')"],
              stdout=False)
    assert (ran.code, ran.output) == (1, "failed\n")


def test_a_command_is_looked_up_on_path_and_a_missing_one_reported() -> None:
    assert run(["true"]).code == 0
    ran = run(["nzconfig-no-such-command"])
    assert ran.code == 127 and "cannot start nzconfig-no-such-command" in ran.output


def test_a_command_past_its_time_bound_is_killed() -> None:
    ran = run([sys.executable, "-c", "import time; time.sleep(60)"], kill_after=0.5)
    assert ran.code == KILLED and ran.seconds < 30
