"""`nzconfig plan` end to end: the Alma checklist for the scripted change."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.changes.scenario import build
from tests.minirepo import collection, make_repo
from tests.support.cli import run_cli as nzconfig

GROUP = "Network Zone > Electronic Collection Editor > Group Settings tab"
CDI = "Network Zone > Electronic Collection Editor > CDI tab"


@pytest.fixture(scope="module")
def steps(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str, str]]:
    repo = build(tmp_path_factory.mktemp("plan") / "repo")
    run = nzconfig("plan", "HEAD~1", "HEAD", "--format", "json", cwd=repo)
    assert run.code == 0, run.stderr
    return [(s["collection"], s["where"], s["action"]) for s in json.loads(run.stdout)["steps"]]


def _for(steps: list[tuple[str, str, str]], name: str) -> list[tuple[str, str]]:
    return [(where, action) for collection, where, action in steps if collection == name]


def test_new_collection_is_activated_then_given_to_its_members(steps: list[Any]) -> None:
    assert _for(steps, "Videos (TST)")[:4] == [
        ("Network Zone", "activate Videos (TST) from the Community Zone (Activation Wizard) "
                         "as the electronic collection Videos (TST)"),
        (GROUP, "add a group setting for BBB"),
        (GROUP, "add a group setting for CCC"),
        (GROUP, "add a group setting for XYZ"),
    ]


def test_members_added_get_their_cdi_values_and_removed_lose_group_settings(
        steps: list[Any]) -> None:
    assert _for(steps, "Books (TST)") == [
        (GROUP, "add a group setting for CCC"),
        (CDI, "for AAA, set We subscribe to only some titles in this collection = No"),
        (CDI, "for CCC, set CDI Search Activation Status = Active; We subscribe to only some "
              "titles in this collection = Yes"),
        (GROUP, "delete the group setting of BBB"),
    ]


def test_rename_removal_and_deactivation(steps: list[Any]) -> None:
    assert _for(steps, "Journals Plus (TST)") == [
        ("Network Zone > Electronic Collection Editor > Description tab",
         "change Collection Name from “Journals (TST)” to “Journals Plus (TST)”")]
    assert _for(steps, "Old Stuff (TST)") == [
        (GROUP, "delete the group setting of AAA"),
        ("Network Zone", "deactivate the electronic collection Old Stuff (TST)")]
    assert _for(steps, "Bad (TST)") == [
        (GROUP, "delete the group setting of QQQ"),
        ("Network Zone", "deactivate the electronic collection Bad (TST)")]


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
