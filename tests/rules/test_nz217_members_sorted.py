from __future__ import annotations

from pathlib import Path

from tests.rules.policyrepo import found, run

FILE = "collections/books-tst.yaml"
HEAD = "name: Books (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"


def test_a_sorted_list_passes(tmp_path: Path) -> None:
    assert found(tmp_path, {FILE: HEAD + "members: [AAA, BBB, CCC]\n"}, "NZ217") == []


def test_an_unsorted_list_warns_at_the_first_entry_out_of_place(tmp_path: Path) -> None:
    text = HEAD + "members:\n- BBB\n- AAA\n- CCC\n- AAA\n"
    assert found(tmp_path, {FILE: text}, "NZ217") == [(FILE, 6, 3, "warning")]
    [d] = [d for d in run(tmp_path, {FILE: text}).diagnostics if d.rule == "NZ217"]
    assert d.hint == "write members: [AAA, BBB, CCC]"


def test_repeats_in_a_sorted_list_are_left_to_nz155(tmp_path: Path) -> None:
    text = HEAD + "members: [AAA, AAA, BBB]\n"
    assert found(tmp_path, {FILE: text}, "NZ217") == []
    assert [d.rule for d in run(tmp_path, {FILE: text}).diagnostics
            if d.rule in ("NZ155", "NZ217")] == ["NZ155"]


def test_which_lists_is_a_parameter(tmp_path: Path) -> None:
    text = HEAD + "members: [BBB, AAA]\n"
    files = {FILE: text, "policies/rules.yaml": "rules:\n  NZ217:\n    params: {lists: []}\n"}
    assert found(tmp_path, files, "NZ217") == []
