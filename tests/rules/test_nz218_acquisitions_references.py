from __future__ import annotations

from pathlib import Path

from tests.rules.acqrepo import ECC, ECC_TEXT, FILES, LICENCE, LICENCE_TEXT, files
from tests.rules.policyrepo import found, run


def test_existing_records_pass(tmp_path: Path) -> None:
    assert found(tmp_path, FILES, "NZ218") == []


def test_an_unknown_vendor_is_an_error_with_the_nearest(tmp_path: Path) -> None:
    changed = files(ecc=ECC_TEXT.replace("vendor: ACME", "vendor: ACMEE"))
    assert found(tmp_path, changed, "NZ218") == [(ECC, 5, 9, "error")]
    [d] = [d for d in run(tmp_path, changed).diagnostics if d.rule == "NZ218"]
    assert d.message == "no vendor `ACMEE` (no vendors/ACMEE.yaml)"
    assert d.hint == "did you mean `ACME`?"


def test_unknown_fund_licence_and_licensor_are_errors(tmp_path: Path) -> None:
    changed = files(ecc=ECC_TEXT.replace("fund: CORE", "fund: ECC") + "licence: NONE\n",
                    licence=LICENCE_TEXT.replace("licensor: ACME", "licensor: HEIN"))
    assert found(tmp_path, changed, "NZ218") == [
        (ECC, 6, 7, "error"), (ECC, 9, 10, "error"), (LICENCE, 3, 11, "error")]
