"""Every nzconfig command line in docs/ci/ runs against the shipped data, so the examples
cannot rot.

The workflow files are parsed as YAML; each shell line that starts with `nzconfig` runs in a
temporary git clone of this checkout, with the CI variables set to values that make sense
there (the base revision is HEAD~0: the comparison runs, and finds no change).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
import yaml

from nzconfig.cli import COMMANDS
from tests.services.confluence_emulator import Emulator, running

ROOT = Path(__file__).resolve().parents[1]
CI = ROOT / "docs" / "ci"
VARIABLES = {
    "BASE": "HEAD~0", "BEFORE": "HEAD~0", "PR": "1",
    "CI_MERGE_REQUEST_DIFF_BASE_SHA": "HEAD~0", "CI_COMMIT_BEFORE_SHA": "HEAD~0",
    "CONFLUENCE_SPACE": "NZ", "CONFLUENCE_PARENT": "Network Zone",
}
_VARIABLE = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)")


def _github_lines(workflow: dict[str, Any]) -> list[str]:
    return [line for job in workflow["jobs"].values() for step in job["steps"]
            for line in str(step.get("run", "")).splitlines()]


def _gitlab_lines(pipeline: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for name, job in pipeline.items():
        if isinstance(job, dict) and name not in ("default", "variables"):
            for key in ("before_script", "script", "after_script"):
                lines += [str(x) for x in job.get(key, [])]
    return lines


FILES = {"github-actions.yml": _github_lines, "gitlab-ci.yml": _gitlab_lines}


def _commands(file: str) -> list[str]:
    data = yaml.safe_load((CI / file).read_text(encoding="utf-8"))
    return [line.strip() for line in FILES[file](data) if line.strip().startswith("nzconfig ")]


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (ROOT / ".git").exists():
        pytest.skip("this checkout is not a git repository; the examples need one")
    target = tmp_path_factory.mktemp("ci") / "repo"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(target)], check=True)
    return target


@pytest.mark.parametrize("file", sorted(FILES))
def test_examples_use_the_main_commands(file: str) -> None:
    used = {shlex.split(line)[1] for line in _commands(file)}
    assert {"validate", "diff", "render", "plan"} <= used
    if file.startswith("github"):
        assert "nzconfig validate . --format github" in _commands(file)


@pytest.mark.parametrize("command", [
    pytest.param(line, id=f"{file}: {line}") for file in sorted(FILES) for line in _commands(file)
])
def test_command_line_runs_on_the_shipped_data(command: str, clone: Path) -> None:
    words = shlex.split(command)
    assert words[1] in COMMANDS, f"`nzconfig {words[1]}` is not a command (nzconfig.cli.COMMANDS)"
    unknown = set(_VARIABLE.findall(command)) - set(VARIABLES)
    assert not unknown, f"give the test a value for {sorted(unknown)}"
    env = {**os.environ, **VARIABLES}
    env.pop("GITHUB_ACTIONS", None)
    line = f"{shlex.quote(sys.executable)} -m {command}"
    with ExitStack() as stack:
        if words[1] == "publish":  # against the Confluence emulator, a real HTTP server
            confluence = stack.enter_context(running(Emulator("/wiki", "token")))
            confluence.add("NZ", "Network Zone")
            env.update(CONFLUENCE_URL=confluence.url, CONFLUENCE_TOKEN="token",
                       CONFLUENCE_USER="")
        done = subprocess.run(["bash", "-c", line], cwd=clone, env=env, capture_output=True,
                              text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    if "--output" in words:
        assert (clone / words[words.index("--output") + 1]).is_file()
