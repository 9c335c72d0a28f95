from __future__ import annotations

from pathlib import Path

from tests.rules.acqrepo import ECC, ECC_TEXT, FILES, OPT_IN, OPT_IN_TEXT, files
from tests.rules.policyrepo import found


def test_suppressed_records_pass(tmp_path: Path) -> None:
    assert found(tmp_path, FILES, "NZ224") == []


def test_false_is_an_error_at_the_value(tmp_path: Path) -> None:
    changed = files(ecc=ECC_TEXT.replace("suppressed: true", "suppressed: false"))
    assert found(tmp_path, changed, "NZ224") == [(ECC, 7, 32, "error")]


def test_not_stated_is_an_error_at_the_model(tmp_path: Path) -> None:
    changed = files(opt_in=OPT_IN_TEXT.replace("descriptive_record_suppressed: true\n", ""))
    assert found(tmp_path, changed, "NZ224") == [(OPT_IN, 4, 20, "error")]


def test_collections_outside_the_models_are_not_checked(tmp_path: Path) -> None:
    text = ECC_TEXT.replace("acquisition_model: nz_ecc\n", "").replace(
        "suppressed: true", "suppressed: false")
    assert found(tmp_path, files(ecc=text), "NZ224") == []
