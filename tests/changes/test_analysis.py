"""Both sides read, validated and compared (changes.analysis.analyse)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.changes.analysis import analyse
from nzconfig.core.errors import FatalError
from tests.support.repos import collection, make_repo


def test_two_folders_are_labelled_and_compared(tmp_path: Path) -> None:
    base = make_repo(tmp_path / "a", [collection("Books (TST)", ["AAA", "QQQ"])])
    head = make_repo(tmp_path / "b", [collection("Books (TST)", ["AAA", "BBB"])])
    result = analyse(tmp_path, str(base), str(head))
    assert (result.base.label, result.head.label) == (str(base), str(head))
    (change,) = result.changes.collections
    assert (change.kind, change.added_members, change.removed_members) == (
        "changed", ("BBB",), ("QQQ",))
    assert [d.member for d in result.findings.fixed if d.rule == "NZ151"] == ["QQQ"]
    assert result.findings.new_errors() == []
    assert result.waivers.empty


def test_no_head_is_the_working_tree(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", [collection("Books (TST)", ["AAA"])])
    result = analyse(repo, str(repo), None)
    assert result.head.label == "working tree" and result.head.root == repo
    assert result.changes.empty


def test_line_moves_and_renames_do_not_make_findings_new(tmp_path: Path) -> None:
    base = make_repo(tmp_path / "a", [collection("Books (TST)", ["AAA", "QQQ"])])
    head = make_repo(tmp_path / "b", [])
    # Same finding, another line (a comment above it), another file and name.
    (head / "collections/books-two-tst.yaml").write_text(
        "# comment\n# another\nname: Books Two (TST)\nmanaged_via: community_zone\n"
        "access_type: subscription\nmembers: [AAA, QQQ]\n", encoding="utf-8")
    result = analyse(tmp_path, str(base), str(head))
    assert [c.kind for c in result.changes.collections] == ["renamed"]
    errors = [d for d in result.findings.present if d.rule == "NZ151"]
    assert len(errors) == 1 and errors[0].line == 6
    assert not result.findings.new_errors()


def test_a_side_that_cannot_be_read_names_itself(tmp_path: Path) -> None:
    base = make_repo(tmp_path / "a", [])
    head = make_repo(tmp_path / "b", [])
    (head / "policies/rules.yaml").write_text("rules:\n  NZ999: {severity: error}\n",
                                             encoding="utf-8")
    with pytest.raises(FatalError) as caught:
        analyse(tmp_path, str(base), str(head))
    assert caught.value.message == (
        f"{head}: policies/rules.yaml configures rules that do not exist")


def test_neither_side_keeps_what_its_rules_derived(tmp_path: Path) -> None:
    # The cost analysis of a wide consortium is tens of MB a side: diff and plan compare
    # files, collections and findings, so each side's is dropped once its rules have run.
    from tests.rules.costrepo import files
    from tests.support.repos import build

    repo = build(tmp_path / "repo", files())
    result = analyse(repo, str(repo), str(repo))
    assert result.changes.empty
    assert result.base_outcome.network.costs  # a cost file: the cost rules analysed it
    assert not result.base_outcome.network._derived
    assert not result.head_outcome.network._derived
