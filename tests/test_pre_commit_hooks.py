"""The real pre-commit runs the hook from .pre-commit-hooks.yaml: bad change fails, good passes.

``pre-commit try-repo`` clones this checkout, builds a virtualenv and pip-installs
nzconfig into it from the package index this machine is configured with (about 15 s a
run: try-repo never reuses an environment, so the test runs it only twice).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.support.repos import GIT_ENV, collection, git, init, make_repo, put

ROOT = Path(__file__).resolve().parents[1]


def test_manifest_declares_a_whole_repository_hook() -> None:
    hooks = {h["id"]: h for h in yaml.safe_load(
        (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert set(hooks) == {"nzconfig-validate", "nzconfig-fmt"}
    hook = hooks["nzconfig-validate"]
    # fmt rewrites only the files pre-commit passes it.
    assert (hooks["nzconfig-fmt"]["entry"], hooks["nzconfig-fmt"]["pass_filenames"]) == (
        "nzconfig fmt", True)
    assert (hook["entry"], hook["language"], hook["pass_filenames"]) == (
        "nzconfig validate", "python", False)
    # pre-commit matches `files` with re.search against repository-relative paths.
    files = re.compile(hook["files"])
    for path in ("collections/jstor-wrlc.yaml", "institutions/GWA.yml", "policies/rules.yaml"):
        assert files.search(path), path
    for path in ("README.md", "docs/collections/x.yaml", "collections/notes.txt",
                 "src/nzconfig/schemas/collection.schema.json"):
        assert not files.search(path), path


def _try_repo(hooks: Path, repo: Path, home: Path,
              *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home)}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hooks), "nzconfig-validate",
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
    # A clean clone (the committed state): try-repo on a checkout with uncommitted files
    # makes a new shadow commit, and so a new environment, on every run.
    hooks = tmp_path / "nzconfig"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(hooks)], check=True)
    repo = make_repo(tmp_path / "config", [collection("Books (TST)", ["AAA", "QQQ"])])
    init(repo)

    bad = _try_repo(hooks, repo, home, "--all-files")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "[NZ151] `QQQ` is not a member institution" in bad.stdout

    put(repo, collection("Books (TST)", ["AAA", "BBB"]))
    git(repo, "add", "-A")
    good = _try_repo(hooks, repo, home, "--all-files")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "nzconfig validate" in good.stdout and "Passed" in good.stdout

