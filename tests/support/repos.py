"""The one way tests build a repository: files laid over a named base in a folder, and
optionally committed to git as successive commits.

    build(root, {"collections/x.yaml": "name: X\\n"})           text over the "policy" base
    build(root, files, base="minimal")                           over the "minimal" base
    build(root, base="unknown-key")                              a folder of tests/fixtures/repos
    history(root, [files, more_files], base="minimal")           each mapping a commit

A file given as None is deleted from the base. The bases:

- ``policy``: members AAA, BBB and CCC (code only), the shipped CDI matrix (without its
  general advice unless ``advice``: NZ241's notices on it belong to NZ241's own cases, not to
  every other test's exact counts), network and open-access policies like WRLC's with the
  suffix ``(TST)``, an empty data/oa-activations.csv. Tests that name lines write text.
- ``minimal``: members AAA, BBB and CCC with names and cdi_consortia_inheritance, a one-row
  CDI matrix (MATRIX), the network policy. Tests that state collections as data use it
  through ``make_repo`` and ``collection``.
- any folder of tests/fixtures/repos: its ``_base`` with the case's ``repo/`` laid over it.
- ``empty``: nothing.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from nzconfig.domain.naming import collection_file_name
from nzconfig.engine.validate import Outcome, validate

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
FIXTURE_REPOS = TESTS / "fixtures" / "repos"

Files = Mapping[str, str | bytes | None]

POLICY_BASE: dict[str, str] = {
    "institutions/AAA.yaml": "code: AAA\n",
    "institutions/BBB.yaml": "code: BBB\n",
    "institutions/CCC.yaml": "code: CCC\n",
    "policies/network.yaml": (
        "name: Test Consortium\ncode: TST\nname_suffix: (TST)\n"
        "status_words: [INACTIVE]\nproxy_profiles: [default, none]\n"),
    "policies/open-access.yaml": (
        "participation:\n  min_members: 2\n"
        "review:\n  min_members: 3\n  brief_level_over: 6\n"
        "  activations: data/oa-activations.csv\n"),
    "data/oa-activations.csv": "member,collection,brief_level\n",
}
MEMBERS = ("AAA", "BBB", "CCC")
MATRIX: dict[str, Any] = {"rows": [{
    "id": "book-link-resolver", "title": "Book, link resolver", "levels": ["book"],
    "method": "link_resolver",
    "settings": {"cdi_search_activation_status": True,
                 "subscribe_to_only_some_titles_in_the_collection": True},
}]}
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
}
TODAY = date(2025, 3, 1)  # the date run() validates on


def lay(root: Path, files: Files) -> Path:
    """Write each file (path relative to ``root`` -> text or bytes); None deletes it."""
    for file, content in files.items():
        path = root / file
        if content is None:
            path.unlink(missing_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def build(root: Path, files: Files | None = None, *, base: str = "policy",
          advice: bool = False) -> Path:
    """The base named ``base`` (see the module's docstring) with ``files`` laid over it."""
    root.mkdir(parents=True, exist_ok=True)
    if base == "policy":
        lay(root, {**POLICY_BASE, "policies/cdi-matrix.yaml": _shipped_matrix(advice)})
    elif base == "minimal":
        lay(root, _minimal(MEMBERS))
    elif base != "empty":
        folder = FIXTURE_REPOS / base
        if base.startswith(".") or "/" in base or not folder.is_dir():
            raise ValueError(f"no base `{base}`: policy, minimal, empty or a folder of "
                             f"{FIXTURE_REPOS}")
        shutil.copytree(FIXTURE_REPOS / "_base", root, dirs_exist_ok=True)
        if (folder / "repo").is_dir():
            shutil.copytree(folder / "repo", root, dirs_exist_ok=True)
    return lay(root, files or {})


def history(root: Path, steps: Sequence[Files], *, base: str = "policy") -> list[str]:
    """A git repository: the base with ``steps[0]`` as the first commit, each further step
    laid over the last and committed. Returns the commit ids, oldest first."""
    build(root, steps[0] if steps else None, base=base)
    git(root, "init", "-q", "-b", "main")
    ids = [commit(root, "base")]
    ids += [commit(lay(root, step), f"step {n}") for n, step in enumerate(steps[1:], 1)]
    return ids


@functools.cache  # the same text for every case: parse the shipped matrix once per process
def _shipped_matrix(advice: bool) -> str:
    shipped = (ROOT / "policies" / "cdi-matrix.yaml").read_text(encoding="utf-8")
    if advice:
        return shipped
    matrix = yaml.safe_load(shipped)
    matrix.pop("advice", None)
    return yaml.safe_dump(matrix, sort_keys=False)


def _minimal(members: Sequence[str]) -> dict[str, str | bytes | None]:
    files: dict[str, str | bytes | None] = {
        "policies/network.yaml": dumps({"name": "Test Consortium", "code": "TST",
                                        "name_suffix": "(TST)"}),
        "policies/cdi-matrix.yaml": dumps(MATRIX),
    }
    for code in members:
        files[f"institutions/{code}.yaml"] = dumps({"code": code, "name": f"{code} Library",
                                                    "cdi_consortia_inheritance": True})
    return files


# -- repositories stated as data --------------------------------------------------------

def dumps(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=False)


def collection(name: str, members: list[str], **fields: Any) -> dict[str, Any]:
    """A collection's data: a subscription from the Community Zone unless ``fields`` say."""
    data: dict[str, Any] = {"name": name, "managed_via": "community_zone",
                            "access_type": "subscription", "members": members}
    data.update(fields)
    return data


def make_repo(root: Path, collections: list[dict[str, Any]],
              members: tuple[str, ...] = MEMBERS) -> Path:
    """The ``minimal`` base with ``members`` (instead of AAA, BBB and CCC) and
    ``collections`` (file names derived from their names)."""
    files: dict[str, str | bytes | None] = {f"institutions/{code}.yaml": None
                                            for code in MEMBERS}
    files.update(_minimal(members))
    files.update(as_files(*collections))
    (root / "collections").mkdir(parents=True, exist_ok=True)
    return build(root, files, base="minimal")


def as_files(*collections: dict[str, Any]) -> dict[str, str | bytes | None]:
    """Each collection's data as YAML at the file named after it, for ``build``."""
    return {f"collections/{collection_file_name(c['name'])}": dumps(c) for c in collections}


def put(root: Path, data: dict[str, Any], file: str | None = None) -> Path:
    """Write a collection's data to its file (by default named after it)."""
    return write(root, file or f"collections/{collection_file_name(data['name'])}", data)


def write(root: Path, file: str, data: Any) -> Path:
    lay(root, {file: dumps(data)})
    return root / file


# -- git ---------------------------------------------------------------------------------

def git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, env={**os.environ, **GIT_ENV},
                          capture_output=True, text=True, check=True)
    return done.stdout


def init(root: Path) -> Path:
    """Make ``root`` a git repository whose first commit holds what it has."""
    git(root, "init", "-q", "-b", "main")
    commit(root, "base")
    return root


def commit(root: Path, message: str) -> str:
    git(root, "add", "-A")
    git(root, "commit", "-q", "--allow-empty", "-m", message)
    return git(root, "rev-parse", "HEAD").strip()


# -- validating a built repository ---------------------------------------------------------

def run(root: Path, files: Files, advice: bool = False) -> Outcome:
    """Validate the ``policy`` base with ``files`` over it, on TODAY."""
    return validate(build(root, files, advice=advice), today=TODAY)


def found(root: Path, files: Files, rule: str) -> list[tuple[str, int, int, str]]:
    """(file, line, column, severity) of each finding of ``rule``."""
    return [(d.file, d.line, d.column, d.severity.label)
            for d in run(root, files).diagnostics if d.rule == rule]
