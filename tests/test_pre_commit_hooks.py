"""The real pre-commit runs the hooks of .pre-commit-hooks.yaml: bad change fails, good passes.

Every run: pre-commit validates the manifest with its own schema (`validate-manifest`), then
runs each hook, exactly as declared (entry, files, pass_filenames, require_serial) but as a
`repo: local` hook with `language: system`, against the nzconfig installed beside this
Python. So pre-commit's own matching of `files`, passing of file names and reading of the
exit code are tested, on a real git repository.

What that leaves out is pre-commit building the hook's environment (`language: python`:
clone, virtualenv, pip install of nzconfig and its dependencies from the package index):
about 15 s and the network per build, and try-repo builds anew every time. That build is
tested by the nightly profile (NZCONFIG_TEST_PROFILE=nightly); the package it installs is
the one tests/test_packaging.py builds.
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

from tests.support.profile import nightly_only
from tests.support.repos import GIT_ENV, collection, git, init, make_repo, put

ROOT = Path(__file__).resolve().parents[1]


def test_manifest_declares_a_whole_repository_hook() -> None:
    hooks = _hooks()
    assert set(hooks) == {"nzconfig-validate", "nzconfig-fmt"}
    hook = hooks["nzconfig-validate"]
    # fmt rewrites only the files pre-commit passes it.
    assert (hooks["nzconfig-fmt"]["entry"], hooks["nzconfig-fmt"]["pass_filenames"]) == (
        "nzconfig fmt", True)
    assert (hook["entry"], hook["language"], hook["pass_filenames"]) == (
        "nzconfig validate", "python", False)
    # pre-commit matches `files` with re.search against repository-relative paths.
    files = re.compile(str(hook["files"]))
    for path in ("collections/jstor-wrlc.yaml", "institutions/GWA.yml", "policies/rules.yaml"):
        assert files.search(path), path
    for path in ("README.md", "docs/collections/x.yaml", "collections/notes.txt",
                 "src/nzconfig/schemas/collection.schema.json"):
        assert not files.search(path), path


def _hooks() -> dict[str, dict[str, object]]:
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return {hook["id"]: hook for hook in manifest}


def _pre_commit(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # The nzconfig of this Python first on PATH: the one `language: system` runs.
    path = os.pathsep.join((str(Path(sys.executable).parent), os.environ.get("PATH", "")))
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home), "PATH": path}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", *args, "--color", "never"],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=300,
                          check=False)


def test_pre_commit_accepts_the_manifest(tmp_path: Path) -> None:
    good = _pre_commit(tmp_path, tmp_path / "home", "validate-manifest",
                       str(ROOT / ".pre-commit-hooks.yaml"))
    assert good.returncode == 0, good.stdout + good.stderr
    # The check can fail: a language pre-commit does not know.
    broken = tmp_path / "broken.yaml"
    broken.write_text((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8").replace(
        "language: python", "language: pythn"), encoding="utf-8")
    bad = _pre_commit(tmp_path, tmp_path / "home", "validate-manifest", str(broken))
    assert bad.returncode == 1 and "pythn" in bad.stdout + bad.stderr, bad.stdout + bad.stderr


def test_pre_commit_runs_the_hooks_as_declared(tmp_path: Path) -> None:
    local = [{**hook, "language": "system"} for hook in _hooks().values()]
    repo = make_repo(tmp_path / "config", [])
    # Not in canonical form (key order, member order), and naming a member that is not one.
    (repo / "collections" / "books-tst.yaml").write_text(
        "members: [QQQ, AAA]\nname: Books (TST)\nmanaged_via: community_zone\n"
        "access_type: subscription\n", encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": local}]}), encoding="utf-8")
    (repo / "README.md").write_text("Our configuration\n", encoding="utf-8")
    init(repo)
    home = tmp_path / "pre-commit-home"

    bad = _pre_commit(repo, home, "run", "--all-files")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "[NZ151] `QQQ` is not a member institution" in bad.stdout
    # fmt got the data files by name (pass_filenames) and put them in canonical form.
    assert re.search(r"nzconfig fmt\.+Failed", bad.stdout), bad.stdout
    assert "files were modified by this hook" in bad.stdout
    assert (repo / "collections" / "books-tst.yaml").read_text(encoding="utf-8").startswith(
        "name: Books (TST)")

    put(repo, collection("Books (TST)", ["AAA", "BBB"]))  # canonical, and valid
    git(repo, "add", "-A")
    good = _pre_commit(repo, home, "run", "--all-files")
    assert good.returncode == 0, good.stdout + good.stderr
    assert re.search(r"nzconfig validate\.+Passed", good.stdout), good.stdout
    assert re.search(r"nzconfig fmt\.+Passed", good.stdout), good.stdout

    # `files`: a change to no data file runs neither hook.
    readme = _pre_commit(repo, home, "run", "--files", "README.md")
    assert readme.returncode == 0, readme.stdout + readme.stderr
    assert re.search(r"nzconfig validate\.+\(no files to check\)Skipped", readme.stdout), (
        readme.stdout)


def _try_repo(hooks: Path, repo: Path, home: Path,
              *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home)}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hooks), "nzconfig-validate",
         *extra], cwd=repo, env=env, capture_output=True, text=True, timeout=300, check=False)


@nightly_only
def test_pre_commit_installs_and_runs_the_hook(tmp_path: Path) -> None:
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

