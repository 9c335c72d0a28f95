from __future__ import annotations

from pathlib import Path

from tests.rules.policyrepo import found, run

FILE = "collections/books-tst.yaml"
BODY = "managed_via: community_zone\naccess_type: subscription\nmembers: [AAA]\n"


def test_a_name_without_status_words_passes(tmp_path: Path) -> None:
    # "Inactive" in ordinary case is part of a title, not a status marker, by default.
    text = "name: Inactive Volcanoes Atlas (TST)\nstatus: inactive\n" + BODY
    assert found(tmp_path, {FILE: text}, "NZ206") == []


def test_a_status_word_in_the_name_is_an_error_at_the_name(tmp_path: Path) -> None:
    text = BODY + "name: INACTIVE DOAB (TST)\n"
    assert found(tmp_path, {FILE: text}, "NZ206") == [(FILE, 4, 7, "error")]
    [d] = [d for d in run(tmp_path, {FILE: text}).diagnostics if d.rule == "NZ206"]
    assert d.hint is not None and d.hint.startswith("rename it `DOAB (TST)`")


def test_case_sensitivity_is_a_parameter(tmp_path: Path) -> None:
    files = {FILE: "name: Inactive Volcanoes Atlas (TST)\n" + BODY,
             "policies/rules.yaml": "rules:\n  NZ206:\n    params: {case_sensitive: false}\n"}
    assert found(tmp_path, files, "NZ206") == [(FILE, 1, 7, "error")]
