from __future__ import annotations

from pathlib import Path

from tests.rules.acqrepo import FILES, LICENCE, LICENCE_TEXT, files
from tests.rules.policyrepo import found


def test_ordering_from_the_central_office_passes(tmp_path: Path) -> None:
    assert found(tmp_path, FILES, "NZ223") == []


def test_another_order_vendor_is_an_error_at_its_value(tmp_path: Path) -> None:
    changed = files(licence=LICENCE_TEXT.replace("order_vendor: CO", "order_vendor: ACME"))
    assert found(tmp_path, changed, "NZ223") == [(LICENCE, 20, 53, "error")]


def test_the_central_office_code_comes_from_the_policy(tmp_path: Path) -> None:
    changed = {**FILES, "policies/acquisitions.yaml": "central_office_vendor: SDLC/CO\n"}
    assert found(tmp_path, changed, "NZ223") == [(LICENCE, 20, 53, "error")]
