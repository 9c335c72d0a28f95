from __future__ import annotations

from pathlib import Path

from tests.rules.acqrepo import FILES, LICENCE, LICENCE_TEXT, files
from tests.rules.policyrepo import found, run


def test_vocabulary_terms_pass(tmp_path: Path) -> None:
    assert found(tmp_path, FILES, "NZ226") == []


def test_a_misspelt_term_is_an_error_at_its_key_with_the_nearest(tmp_path: Path) -> None:
    changed = files(licence=LICENCE_TEXT.replace("  linking:", "  linkin:"))
    assert found(tmp_path, changed, "NZ226") == [(LICENCE, 13, 3, "error")]
    [d] = [d for d in run(tmp_path, changed).diagnostics if d.rule == "NZ226"]
    assert d.message == "unknown licence term `linkin`" and d.hint == "did you mean `linking`?"


def test_an_alma_code_as_key_names_the_term_id(tmp_path: Path) -> None:
    changed = files(licence=LICENCE_TEXT.replace("  remote_access:", "  REMOTE:"))
    [d] = [d for d in run(tmp_path, changed).diagnostics if d.rule == "NZ226"]
    assert (d.line, d.column) == (9, 3)
    assert d.hint == "`REMOTE` is Alma's code; the term id is `remote_access`"


def test_a_term_added_to_the_vocabulary_is_known(tmp_path: Path) -> None:
    text = LICENCE_TEXT.replace("terms:\n", "terms:\n  text_mining: {status: Permitted}\n")
    assert found(tmp_path, files(licence=text), "NZ226") == [(LICENCE, 6, 3, "error")]
    policy = FILES["policies/licence-terms.yaml"].replace(
        "terms:\n  copyright_act:", "terms:\n  text_mining:\n    title: Text and data mining\n"
        "  copyright_act:")
    changed = {**files(licence=text), "policies/licence-terms.yaml": policy}
    assert found(tmp_path, changed, "NZ226") == []
