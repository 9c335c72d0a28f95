from __future__ import annotations

from pathlib import Path

from tests.rules.costrepo import COST, COST_TEXT, files
from tests.rules.policyrepo import found, run

COLLECTION = "collections/test-package-tst.yaml"
WITH = COST_TEXT.replace("usage_metric: Downloads\n",
                         "usage_metric: Downloads\ncollections: [Test Package (TST)]\n")


def _collection(members: str) -> dict[str, str]:
    return {COLLECTION: "name: Test Package (TST)\nmanaged_via: community_zone\n"
                        f"access_type: subscription\nmembers: {members}\n"}


def test_a_collection_with_the_participants_passes(tmp_path: Path) -> None:
    assert found(tmp_path, files(WITH, extra=_collection("[AAA, BBB, CCC]")), "NZ308") == []


def test_different_members_are_a_warning_naming_them(tmp_path: Path) -> None:
    changed = files(WITH, extra=_collection("[AAA, BBB]"))
    assert found(tmp_path, changed, "NZ308") == [(COST, 4, 15, "warning")]
    [d] = [d for d in run(tmp_path, changed).diagnostics if d.rule == "NZ308"]
    assert d.message == ("the members of `Test Package (TST)` are not the 2024 participants "
                         "(pay for it in 2024 without access: CCC)")


def test_an_unknown_collection_is_a_warning(tmp_path: Path) -> None:
    assert found(tmp_path, files(WITH), "NZ308") == [(COST, 4, 15, "warning")]
