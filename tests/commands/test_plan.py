"""`nzconfig plan`: options, formats and exit codes (the steps are tests/changes/test_plan.py)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import run_cli as nzconfig
from tests.support.repos import collection, commit, init, make_repo, put

GROUP = "Network Zone > Electronic Collection Editor > Group Settings tab"


def test_markdown_checklist(tmp_path: Path) -> None:
    base = make_repo(tmp_path / "base", [collection("Books (TST)", ["AAA"])])
    head = make_repo(tmp_path / "head", [collection("Books (TST)", ["AAA", "BBB"])])
    run = nzconfig("plan", base, head)
    assert run.code == 0
    assert f"- [ ] 1. **{GROUP}**: add a group setting for BBB" in run.stdout.splitlines()
    assert "## Books (TST)" in run.stdout
    assert "Nothing to do in Alma." in nzconfig("plan", base, base).stdout


def test_collections_sort_ignoring_case(tmp_path: Path) -> None:
    base = make_repo(tmp_path / "base", [])
    head = make_repo(tmp_path / "head", [collection(name, ["AAA"]) for name in (
        "beta (TST)", "Alpha (TST)", "Gamma (TST)")])
    run = nzconfig("plan", base, head, "--format", "json")
    order = list(dict.fromkeys(s["collection"] for s in json.loads(run.stdout)["steps"]))
    assert order == ["Alpha (TST)", "beta (TST)", "Gamma (TST)"]
    headings = [line for line in nzconfig("plan", base, head).stdout.splitlines()
                if line.startswith("## ")]
    assert headings == ["## Alpha (TST)", "## beta (TST)", "## Gamma (TST)"]


def test_json_from_git_revisions(tmp_path: Path) -> None:
    repo = init(make_repo(tmp_path / "repo", [collection("Books (TST)", ["AAA"])]))
    put(repo, collection("Books (TST)", ["AAA", "BBB"]))
    commit(repo, "head")
    run = nzconfig("plan", "HEAD~1", "HEAD", "--format", "json", cwd=repo)
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    assert (data["base"], data["head"]) == ("HEAD~1", "HEAD")
    assert data["steps"][0] == {"collection": "Books (TST)", "where": GROUP,
                                "action": "add a group setting for BBB"}
    assert len(data["steps"]) == 2


def test_bad_revision_exits_2(tmp_path: Path) -> None:
    repo = init(make_repo(tmp_path / "repo", []))
    run = nzconfig("plan", "no-such-rev", cwd=repo)
    assert run.code == 2
    assert "`no-such-rev` is neither a folder nor a git revision" in run.stderr
