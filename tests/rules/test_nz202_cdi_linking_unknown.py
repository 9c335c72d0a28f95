from __future__ import annotations

from pathlib import Path

from tests.rules.policyrepo import found, run

FILE = "collections/books-tst.yaml"
BODY = "managed_via: community_zone\naccess_type: subscription\nmembers: [AAA]\n"


def test_recorded_linking_with_a_matrix_row_passes(tmp_path: Path) -> None:
    text = "name: Books (TST)\nlinking: {level: journal, method: link_in_record}\n" + BODY
    assert found(tmp_path, {FILE: text}, "NZ202") == []


def test_inactive_collections_and_collections_without_members_are_not_reported(
        tmp_path: Path) -> None:
    files = {FILE: "name: Books (TST)\nstatus: inactive\n" + BODY,
             "collections/empty-tst.yaml": "name: Empty (TST)\nmanaged_via: community_zone\n"
             "access_type: subscription\nmembers: []\n"}
    assert found(tmp_path, files, "NZ202") == []


def test_unrecorded_linking_is_one_notice_at_the_name(tmp_path: Path) -> None:
    text = "# a comment first\nname: Books (TST)\n" + BODY
    assert found(tmp_path, {FILE: text}, "NZ202") == [(FILE, 2, 1, "notice")]
    [d] = [d for d in run(tmp_path, {FILE: text}).diagnostics if d.rule == "NZ202"]
    assert "cannot be checked" in d.message and d.collection == "Books (TST)"


def test_linking_without_a_matrix_row_is_reported_at_linking(tmp_path: Path) -> None:
    text = "name: Books (TST)\n" + BODY + "linking: {level: database, method: link_resolver}\n"
    assert found(tmp_path, {FILE: text}, "NZ202") == [(FILE, 5, 1, "notice")]


def test_severity_can_be_raised_in_policies(tmp_path: Path) -> None:
    files = {FILE: "name: Books (TST)\n" + BODY,
             "policies/rules.yaml": "rules:\n  NZ202: {severity: error}\n"}
    assert found(tmp_path, files, "NZ202") == [(FILE, 1, 1, "error")]
