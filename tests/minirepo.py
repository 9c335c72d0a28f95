"""Small consortium repositories built in tmp_path, optionally as git repositories.

Used by the reporter, diff, plan, pre-commit and CI-example tests: each test states only
the collections and members it is about.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import yaml

from nzconfig.domain.naming import collection_file_name
from tests.support.repos import lay

MEMBERS = ("AAA", "BBB", "CCC")
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
}
MATRIX = {"rows": [{
    "id": "book-link-resolver", "title": "Book, link resolver", "levels": ["book"],
    "method": "link_resolver",
    "settings": {"cdi_search_activation_status": True,
                 "subscribe_to_only_some_titles_in_the_collection": True},
}]}


def collection(name: str, members: list[str], **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"name": name, "managed_via": "community_zone",
                            "access_type": "subscription", "members": members}
    data.update(fields)
    return data


def make_repo(root: Path, collections: list[dict[str, Any]],
              members: tuple[str, ...] = MEMBERS) -> Path:
    """A repository with ``members`` and ``collections`` (file names derived from names)."""
    for folder in ("institutions", "collections", "policies"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for code in members:
        write(root, f"institutions/{code}.yaml", {"code": code, "name": f"{code} Library",
                                                  "cdi_consortia_inheritance": True})
    write(root, "policies/network.yaml",
          {"name": "Test Consortium", "code": "TST", "name_suffix": "(TST)"})
    write(root, "policies/cdi-matrix.yaml", MATRIX)
    for data in collections:
        put(root, data)
    return root


def put(root: Path, data: dict[str, Any], file: str | None = None) -> Path:
    return write(root, file or f"collections/{collection_file_name(data['name'])}", data)


def write(root: Path, file: str, data: dict[str, Any]) -> Path:
    lay(root, {file: yaml.safe_dump(data, sort_keys=False)})
    return root / file


def git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, env={**os.environ, **GIT_ENV},
                          capture_output=True, text=True, check=True)
    return done.stdout


def init(root: Path) -> Path:
    git(root, "init", "-q", "-b", "main")
    commit(root, "base")
    return root


def commit(root: Path, message: str) -> str:
    git(root, "add", "-A")
    git(root, "commit", "-q", "--allow-empty", "-m", message)
    return git(root, "rev-parse", "HEAD").strip()
