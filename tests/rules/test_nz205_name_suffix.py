from __future__ import annotations

from pathlib import Path

from tests.rules.policyrepo import BASE, found, run

BODY = "managed_via: community_zone\naccess_type: subscription\nmembers: [AAA]\n"


def test_a_name_ending_with_the_suffix_passes(tmp_path: Path) -> None:
    assert found(tmp_path, {"collections/books-tst.yaml": "name: Books (TST)\n" + BODY},
                 "NZ205") == []


def test_a_name_without_the_suffix_is_an_error_at_the_name(tmp_path: Path) -> None:
    files = {"collections/books.yaml": BODY + "name: Books\n"}
    assert found(tmp_path, files, "NZ205") == [("collections/books.yaml", 4, 7, "error")]
    [d] = [d for d in run(tmp_path, files).diagnostics if d.rule == "NZ205"]
    assert d.hint == "rename it `Books (TST)`"


def test_a_suffix_inside_the_name_gets_moved_to_the_end(tmp_path: Path) -> None:
    files = {"collections/books.yaml": "name: Books (TST) (Complete)\n" + BODY}
    [d] = [d for d in run(tmp_path, files).diagnostics if d.rule == "NZ205"]
    assert d.hint == "rename it `Books (Complete) (TST)`"


def test_the_suffix_comes_from_the_policy(tmp_path: Path) -> None:
    network = BASE["policies/network.yaml"].replace("name_suffix: (TST)", "name_suffix: '[X]'")
    files = {"collections/books-tst.yaml": "name: Books (TST)\n" + BODY,
             "policies/network.yaml": network}
    assert found(tmp_path, files, "NZ205") == [("collections/books-tst.yaml", 1, 7, "error")]
