"""The Alma checklist of a change (changes.plan.steps), on the scripted scenario and on
small folder pairs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nzconfig.changes.analysis import analyse
from nzconfig.changes.plan import CDI, DESCRIPTION, GROUP, INHERITANCE, Step, steps
from tests.changes.scenario import build
from tests.support.repos import collection, make_repo


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> list[Step]:
    repo = build(tmp_path_factory.mktemp("plan") / "repo")
    return steps(analyse(repo, "HEAD~1", "HEAD").changes)


def _for(plan: list[Step], name: str) -> list[tuple[str, str]]:
    return [(s.where, s.action) for s in plan if s.collection == name]


def _plan(tmp_path: Path, before: list[dict[str, Any]], after: list[dict[str, Any]],
          **head: Any) -> list[Step]:
    base = make_repo(tmp_path / "a", before)
    target = make_repo(tmp_path / "b", after, **head)
    return steps(analyse(tmp_path, str(base), str(target)).changes)


def test_new_collection_is_activated_then_given_to_its_members(scenario: list[Step]) -> None:
    assert _for(scenario, "Videos (TST)")[:4] == [
        ("Network Zone", "activate Videos (TST) from the Community Zone (Activation Wizard) "
                         "as the electronic collection Videos (TST)"),
        (GROUP, "add a group setting for BBB"),
        (GROUP, "add a group setting for CCC"),
        (GROUP, "add a group setting for XYZ"),
    ]


def test_members_added_get_their_cdi_values_and_removed_lose_group_settings(
        scenario: list[Step]) -> None:
    assert _for(scenario, "Books (TST)") == [
        (GROUP, "add a group setting for CCC"),
        (CDI, "for AAA, set We subscribe to only some titles in this collection = No"),
        (CDI, "for CCC, set CDI Search Activation Status = Active; We subscribe to only some "
              "titles in this collection = Yes"),
        (GROUP, "delete the group setting of BBB"),
    ]


def test_rename_removal_and_deactivation(scenario: list[Step]) -> None:
    assert _for(scenario, "Journals Plus (TST)") == [
        (DESCRIPTION, "change Collection Name from “Journals (TST)” to “Journals Plus (TST)”")]
    assert _for(scenario, "Old Stuff (TST)") == [
        (GROUP, "delete the group setting of AAA"),
        ("Network Zone", "deactivate the electronic collection Old Stuff (TST)")]
    assert _for(scenario, "Bad (TST)") == [
        (GROUP, "delete the group setting of QQQ"),
        ("Network Zone", "deactivate the electronic collection Bad (TST)")]


def test_an_import_profile_collection_is_created_and_loaded(tmp_path: Path) -> None:
    plan = _plan(tmp_path, [], [collection("Local (TST)", [], managed_via="import_profile",
                                           import_profile="Loader")])
    assert plan[0] == Step("Local (TST)", "Network Zone", "create the electronic collection "
                           "Local (TST) and load its records with the import profile Loader")


def test_a_member_without_known_cdi_values_is_told_to_use_the_matrix(tmp_path: Path) -> None:
    plan = _plan(tmp_path, [collection("Books (TST)", ["AAA"])],
                 [collection("Books (TST)", ["AAA", "BBB"])])
    assert _for(plan, "Books (TST)") == [
        (GROUP, "add a group setting for BBB"),
        (CDI, "for BBB, no CDI values are known (the collection's linking is not recorded): "
              "set them from the CDI settings matrix")]


def test_alma_fields_and_reactivation(tmp_path: Path) -> None:
    plan = _plan(tmp_path, [collection("Books (TST)", ["AAA"], status="inactive",
                                       inactive_since="2025-01-01")],
                 [collection("Books (TST)", ["AAA"], public_name="Books")])
    assert _for(plan, "Books (TST)") == [
        ("Network Zone", "activate the electronic collection Books (TST) again (it was "
                         "inactive)"),
        (DESCRIPTION, "set Public Name to Books (was (none))")]


def test_a_new_member_institution_sets_its_inheritance(tmp_path: Path) -> None:
    plan = _plan(tmp_path, [], [], members=("AAA", "BBB", "CCC", "DDD"))
    assert plan == [Step("", f"DDD's Institution Zone: {INHERITANCE}",
                         "set cdi_consortia_inheritance to Y, so that it inherits the CDI "
                         "settings of the shared collections")]


def test_no_change_no_step(tmp_path: Path) -> None:
    assert _plan(tmp_path, [collection("Books (TST)", ["AAA"])],
                 [collection("Books (TST)", ["AAA"])]) == []
