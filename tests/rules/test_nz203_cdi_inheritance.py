from __future__ import annotations

from pathlib import Path

from tests.rules.policyrepo import found

SHARED = {"collections/books-tst.yaml": "name: Books (TST)\nmanaged_via: community_zone\n"
          "access_type: subscription\nmembers: [AAA]\n"}


def test_inheritance_true_passes(tmp_path: Path) -> None:
    files = {**SHARED, "institutions/AAA.yaml": "code: AAA\ncdi_consortia_inheritance: true\n"}
    assert found(tmp_path, files, "NZ203") == []
    assert found(tmp_path, files, "NZ209") == []


def test_inheritance_false_for_a_member_with_access_is_an_error(tmp_path: Path) -> None:
    files = {**SHARED, "institutions/AAA.yaml": "code: AAA\ncdi_consortia_inheritance: false\n"}
    assert found(tmp_path, files, "NZ203") == [("institutions/AAA.yaml", 2, 28, "error")]


def test_inheritance_false_without_access_passes(tmp_path: Path) -> None:
    files = {**SHARED, "institutions/BBB.yaml": "code: BBB\ncdi_consortia_inheritance: false\n"}
    assert found(tmp_path, files, "NZ203") == []


def test_access_through_inactive_collections_counts_only_when_configured(
        tmp_path: Path) -> None:
    files = {"collections/books-tst.yaml": SHARED["collections/books-tst.yaml"]
             + "status: inactive\n",
             "institutions/AAA.yaml": "code: AAA\ncdi_consortia_inheritance: false\n"}
    assert found(tmp_path / "a", files, "NZ203") == []
    files["policies/rules.yaml"] = "rules:\n  NZ203:\n    params: {include_inactive: true}\n"
    assert found(tmp_path / "b", files, "NZ203") == [("institutions/AAA.yaml", 2, 28, "error")]


def test_unrecorded_inheritance_is_a_notice_for_members_with_access(tmp_path: Path) -> None:
    files = {**SHARED, "institutions/AAA.yaml": "name: A Library\ncode: AAA\n"}
    assert found(tmp_path, files, "NZ209") == [("institutions/AAA.yaml", 2, 1, "notice")]
    assert found(tmp_path, files, "NZ203") == []
