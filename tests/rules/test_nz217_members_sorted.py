from __future__ import annotations

from pathlib import Path

from tests.support.repos import found, run

FILE = "collections/books-tst.yaml"
HEAD = "name: Books (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"


def test_repeats_in_a_sorted_list_are_left_to_nz155(tmp_path: Path) -> None:
    text = HEAD + "members: [AAA, AAA, BBB]\n"
    assert found(tmp_path, {FILE: text}, "NZ217") == []
    assert [d.rule for d in run(tmp_path, {FILE: text}).diagnostics
            if d.rule in ("NZ155", "NZ217")] == ["NZ155"]
