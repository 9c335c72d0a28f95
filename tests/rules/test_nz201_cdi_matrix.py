from __future__ import annotations

from pathlib import Path

from tests.rules.policyrepo import found, run

FILE = "collections/books-tst.yaml"
HEAD = """name: Books (TST)
managed_via: community_zone
access_type: subscription
linking: {level: book, method: link_resolver}
members: [AAA, BBB]
"""


def test_overrides_with_a_reason_or_agreeing_with_the_matrix_pass(tmp_path: Path) -> None:
    text = HEAD + """cdi:
  AAA:
    subscribe_to_only_some_titles_in_the_collection: false
    reason: AAA bought every title outright
  BBB:
    subscribe_to_only_some_titles_in_the_collection: true
    cdi_only_full_text_activation: true
"""
    assert found(tmp_path, {FILE: text}, "NZ201") == []


def test_an_override_differing_without_a_reason_is_an_error(tmp_path: Path) -> None:
    text = HEAD + """cdi:
  BBB:
    do_not_show_as_full_text_available_in_cdi_even_if_active_in_alma: false
"""
    assert found(tmp_path, {FILE: text}, "NZ201") == [(FILE, 8, 71, "error")]
    [d] = [d for d in run(tmp_path, {FILE: text}).diagnostics if d.rule == "NZ201"]
    assert (d.collection, d.member) == ("Books (TST)", "BBB")
    assert "book-journal-link-resolver" in d.message and "reason" in (d.hint or "")


def test_an_override_for_a_code_not_in_members_is_an_error(tmp_path: Path) -> None:
    text = HEAD + """cdi:
  CCC:
    reason: planned
    cdi_search_activation_status: true
"""
    assert found(tmp_path, {FILE: text}, "NZ201") == [(FILE, 7, 3, "error")]


def test_without_linking_every_override_needs_a_reason(tmp_path: Path) -> None:
    text = HEAD.replace("linking: {level: book, method: link_resolver}\n", "") + """cdi:
  AAA:
    cdi_search_activation_status: true
"""
    assert found(tmp_path, {FILE: text}, "NZ201") == [(FILE, 7, 35, "error")]
