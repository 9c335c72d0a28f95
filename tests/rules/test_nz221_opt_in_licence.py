from __future__ import annotations

from pathlib import Path

from tests.rules.acqrepo import FILES, LICENCE, OPT_IN, OPT_IN_TEXT, files
from tests.rules.policyrepo import found


def test_a_licence_from_a_licensor_passes(tmp_path: Path) -> None:
    assert found(tmp_path, FILES, "NZ221") == []


def test_no_licence_is_an_error_at_the_model(tmp_path: Path) -> None:
    changed = files(opt_in=OPT_IN_TEXT.replace("licence: ACME-DB\n", ""))
    assert found(tmp_path, changed, "NZ221") == [(OPT_IN, 4, 20, "error")]


def test_a_licensor_not_marked_as_one_is_an_error_in_the_licence(tmp_path: Path) -> None:
    changed = {**FILES, "vendors/ACME.yaml": "code: ACME\nname: Acme\nmaterial_supplier: true\n"}
    assert found(tmp_path, changed, "NZ221") == [(LICENCE, 3, 11, "error")]
