"""Every nzconfig command line in docs/ci/ runs against the shipped data, so the examples
cannot rot.

The workflow files are parsed as YAML; each job's shell lines that start with `nzconfig` run
in order in a temporary git clone of this checkout (one per job, as in CI), with the CI
variables set to values that make sense there (the base revision is HEAD~0: the comparison
runs, and finds no change). The lines
run in-process (tests.support.cli.run_cli): the test reads them as the shell would (quotes,
`$VARIABLE`s, a `> file` redirection) and fails on any other shell syntax it would have to
guess at. The installed script is tested end to end elsewhere (run_cli(..., installed=True)
in tests/commands/test_validate.py and test_render.py, tests/test_examples_csu.py).
"""

from __future__ import annotations

import re
import shlex
import subprocess
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
import yaml

from nzconfig.cli import COMMANDS
from tests.services.confluence_emulator import Emulator, running
from tests.support.cli import run_cli

ROOT = Path(__file__).resolve().parents[1]
CI = ROOT / "docs" / "ci"
VARIABLES = {
    "BASE": "HEAD~0", "BEFORE": "HEAD~0", "PR": "1",
    "CI_MERGE_REQUEST_DIFF_BASE_SHA": "HEAD~0", "CI_COMMIT_BEFORE_SHA": "HEAD~0",
    "CONFLUENCE_SPACE": "NZ", "CONFLUENCE_PARENT": "Network Zone",
}
_VARIABLE = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?")
_SHELL = {"|", "||", "&&", ";", "&", "<", ">>", "2>", "2>&1", "$(", "`"}


def _github_jobs(workflow: dict[str, Any]) -> dict[str, list[str]]:
    return {name: [line for step in job["steps"] for line in str(step.get("run", "")).splitlines()]
            for name, job in workflow["jobs"].items()}


def _gitlab_jobs(pipeline: dict[str, Any]) -> dict[str, list[str]]:
    return {name: [str(line) for key in ("before_script", "script", "after_script")
                   for line in job.get(key, [])]
            for name, job in pipeline.items()
            if isinstance(job, dict) and name not in ("default", "variables")}


FILES = {"github-actions.yml": _github_jobs, "gitlab-ci.yml": _gitlab_jobs}


def _jobs(file: str) -> dict[str, list[str]]:
    """Each job's nzconfig command lines, in order (jobs without one left out)."""
    data = yaml.safe_load((CI / file).read_text(encoding="utf-8"))
    jobs = {name: [line.strip() for line in lines if line.strip().startswith("nzconfig ")]
            for name, lines in FILES[file](data).items()}
    return {name: lines for name, lines in jobs.items() if lines}


def _commands(file: str) -> list[str]:
    return [line for lines in _jobs(file).values() for line in lines]


@pytest.mark.parametrize("file", sorted(FILES))
def test_examples_use_the_main_commands(file: str) -> None:
    used = {shlex.split(line)[1] for line in _commands(file)}
    assert {"validate", "diff", "render", "plan"} <= used
    if file.startswith("github"):
        assert "nzconfig validate . --format github" in _commands(file)


def _shell_words(command: str) -> tuple[list[str], str | None]:
    """The words the shell would pass to nzconfig, and where it would send stdout."""
    assert "'" not in command and "`" not in command and "$(" not in command, (
        f"teach the test this shell syntax: {command}")
    words = [_VARIABLE.sub(lambda m: VARIABLES[m[1]], word) for word in shlex.split(command)]
    assert not _SHELL & set(words), f"teach the test this shell syntax: {command}"
    if ">" in words:
        at = words.index(">")
        assert at == len(words) - 2, f"teach the test this shell syntax: {command}"
        return words[:at], words[at + 1]
    return words, None


@pytest.mark.parametrize(("file", "job"), [
    pytest.param(file, job, id=f"{file}: {job}") for file in sorted(FILES) for job in _jobs(file)
])
def test_job_runs_on_the_shipped_data(file: str, job: str, tmp_path: Path) -> None:
    """The job's nzconfig lines in order, in a fresh clone (as each CI job has its own)."""
    if not (ROOT / ".git").exists():
        pytest.skip("this checkout is not a git repository; the examples need one")
    clone = tmp_path / "repo"
    subprocess.run(["git", "clone", "--quiet", "--shared", str(ROOT), str(clone)], check=True)
    for command in _jobs(file)[job]:
        _run_line(command, clone)


def _run_line(command: str, clone: Path) -> None:
    words = shlex.split(command)
    assert words[1] in COMMANDS, f"`nzconfig {words[1]}` is not a command (nzconfig.cli.COMMANDS)"
    unknown = set(_VARIABLE.findall(command)) - set(VARIABLES)
    assert not unknown, f"give the test a value for {sorted(unknown)}"
    args, stdout = _shell_words(command)
    env = dict(VARIABLES)
    with ExitStack() as stack:
        if words[1] == "publish":  # against the Confluence emulator, a real HTTP server
            confluence = stack.enter_context(running(Emulator("/wiki", "token")))
            confluence.add("NZ", "Network Zone")
            env.update(CONFLUENCE_URL=confluence.url, CONFLUENCE_TOKEN="token",
                       CONFLUENCE_USER="")
        done = run_cli(*args[1:], cwd=clone, env=env)
    assert done.code == 0, command + "\n" + done.stdout[-3000:] + done.stderr[-3000:]
    if stdout is not None and stdout != "/dev/null":
        (clone / stdout).write_bytes(done.stdout_bytes)
    if "--output" in words:
        assert (clone / words[words.index("--output") + 1]).is_file(), command
