"""The real pre-commit runs the hook from .pre-commit-hooks.yaml: bad change fails, good passes.

``pre-commit try-repo`` clones this checkout, builds a virtualenv and pip-installs
nzconfig into it from the package index this machine is configured with.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.minirepo import GIT_ENV, collection, git, init, make_repo, put

ROOT = Path(__file__).resolve().parents[1]


def test_manifest_declares_a_whole_repository_hook() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "nzconfig-validate"
    assert (hook["entry"], hook["language"], hook["pass_filenames"]) == (
        "nzconfig validate", "python", False)


def _try_repo(repo: Path, home: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home)}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "nzconfig-validate",
         *extra], cwd=repo, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_pre_commit_runs_the_hook(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (test extra)")
    if subprocess.run(["git", "-C", str(ROOT), "ls-files", "--error-unmatch",
                       ".pre-commit-hooks.yaml"], capture_output=True).returncode != 0:
        pytest.skip("this checkout is not a git repository with .pre-commit-hooks.yaml "
                    "committed, which pre-commit try-repo needs")
    probe = subprocess.run([sys.executable, "-m", "virtualenv", str(tmp_path / "probe")],
                           capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        pytest.skip("pre-commit cannot create environments here: virtualenv failed: "
                    + (probe.stderr or probe.stdout).strip()[-300:])
    shutil.rmtree(tmp_path / "probe")
    home = tmp_path / "pre-commit-home"
    repo = make_repo(tmp_path / "config", [collection("Books (TST)", ["AAA", "QQQ"])])
    init(repo)

    bad = _try_repo(repo, home, "--all-files")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "[NZ151] `QQQ` is not a member institution" in bad.stdout

    put(repo, collection("Books (TST)", ["AAA", "BBB"]))
    git(repo, "add", "-A")
    good = _try_repo(repo, home, "--all-files")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "nzconfig validate" in good.stdout and "Passed" in good.stdout

    # A change to no configuration file does not run the hook at all.
    git(repo, "commit", "-q", "-m", "fix")
    (repo / "README.md").write_text("notes\n", encoding="utf-8")
    git(repo, "add", "README.md")
    other = _try_repo(repo, home)
    assert other.returncode == 0, other.stdout + other.stderr
    assert "(no files to check)Skipped" in other.stdout
