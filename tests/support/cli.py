"""The one way tests run ``nzconfig``: in-process through click's CliRunner, or, for the few
end-to-end tests, the installed console script in a fresh process."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

_LINE = re.compile(r"^(?P<file>[^\s:]+):(?P<line>\d+):(?P<column>\d+): "
                   r"(?P<severity>error|warning|notice) \[(?P<rule>NZ\d{3})\] (?P<message>.*)$")
# What a CI runner or a developer's shell may set that changes the output.
_QUIET_ENV: dict[str, str | None] = {"GITHUB_ACTIONS": None, "GITHUB_WORKSPACE": None}


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    stdout_bytes: bytes = b""

    @property
    def output(self) -> str:
        """Both streams, stdout first."""
        return self.stdout + self.stderr

    def diagnostics(self) -> list[dict[str, str]]:
        """Every text-format diagnostic line printed on either stream."""
        found = []
        for line in (self.stdout + "\n" + self.stderr).splitlines():
            match = _LINE.match(line)
            if match:
                found.append(match.groupdict())
        return found


@contextmanager
def _cwd(path: Path | None) -> Iterator[None]:
    if path is None:
        yield
        return
    before = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def run_cli(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None,
            installed: bool = False, input: str | None = None) -> Run:
    """Run nzconfig with ``args``: in this process, or the console script on PATH
    (``installed``). A traceback is a test failure either way."""
    if installed:
        return _run_installed([str(a) for a in args], cwd, env)
    from nzconfig.cli import cli

    with _cwd(cwd):
        result = CliRunner().invoke(cli, [str(a) for a in args], prog_name="nzconfig",
                                    env={**_QUIET_ENV, **(env or {})}, input=input,
                                    catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr, result.stdout_bytes)


def _run_installed(args: list[str], cwd: Path | None, env: dict[str, str] | None) -> Run:
    full_env = {key: value for key, value in os.environ.items() if key not in _QUIET_ENV}
    full_env.update(env or {})
    done = subprocess.run([shutil.which("nzconfig") or "nzconfig", *args], cwd=cwd,
                          env=full_env, capture_output=True, timeout=120, check=False)
    stdout, stderr = done.stdout.decode(), done.stderr.decode()
    assert "Traceback" not in stderr, stderr
    return Run(done.returncode, stdout, stderr, done.stdout)
