from __future__ import annotations

from pathlib import Path

from tests.support.repos import found

SHARED = {"collections/books-tst.yaml": "name: Books (TST)\nmanaged_via: community_zone\n"
          "access_type: subscription\nmembers: [AAA]\n"}


def test_inheritance_true_passes(tmp_path: Path) -> None:
    files = {**SHARED, "institutions/AAA.yaml": "code: AAA\ncdi_consortia_inheritance: true\n"}
    assert found(tmp_path, files, "NZ203") == []
    assert found(tmp_path, files, "NZ209") == []


def test_unrecorded_inheritance_is_a_notice_for_members_with_access(tmp_path: Path) -> None:
    files = {**SHARED, "institutions/AAA.yaml": "name: A Library\ncode: AAA\n"}
    assert found(tmp_path, files, "NZ209") == [("institutions/AAA.yaml", 2, 1, "notice")]
    assert found(tmp_path, files, "NZ203") == []
