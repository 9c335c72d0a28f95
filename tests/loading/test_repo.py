"""Which files a run reads, in what order, and where the repository is."""

from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.core import catalog
from nzconfig.core.errors import FatalError
from nzconfig.loading.repo import discover, find_root, require_repository
from tests.support.repos import build


def test_files_are_found_sorted_and_unknown_policy_files_named(tmp_path: Path) -> None:
    root = build(tmp_path / "repo", {"collections/b.yaml": "x: 1\n", "collections/a.yml": "",
                                     "collections/.hidden.yaml": "", "collections/c.txt": "",
                                     "policies/rule.yaml": "rules: {}\n"})
    sources, problems = discover(root)
    files = [s.file for s in sources]
    assert files == sorted(files)
    assert {"collections/a.yml", "collections/b.yaml"} <= set(files)
    assert not {"collections/.hidden.yaml", "collections/c.txt"} & set(files)
    [unknown] = problems
    assert (unknown.rule, unknown.file) == (catalog.UNKNOWN_POLICY, "policies/rule.yaml")
    assert unknown.hint == "did you mean `rules.yaml`?"


def test_a_folder_without_data_is_not_a_repository(tmp_path: Path) -> None:
    with pytest.raises(FatalError, match="not an nzconfig repository"):
        require_repository(tmp_path)
    with pytest.raises(FatalError, match="no such repository"):
        require_repository(tmp_path / "missing")


def test_the_root_is_found_upwards_but_not_past_a_git_work_tree(tmp_path: Path) -> None:
    root = build(tmp_path / "repo", {})
    assert find_root(root / "policies") == root.resolve()
    assert find_root(root) == root  # as given: outputs name it as the user did
    (root / "nested" / ".git").mkdir(parents=True)
    assert find_root(root / "nested") == root / "nested"
