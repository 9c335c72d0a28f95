from __future__ import annotations

from pathlib import Path

from tests.rules.acqrepo import ECC, ECC_TEXT, FILES, files
from tests.rules.policyrepo import found, run


def test_vendor_and_fund_pass(tmp_path: Path) -> None:
    assert found(tmp_path, FILES, "NZ220") == []


def test_no_fund_is_an_error_at_the_model(tmp_path: Path) -> None:
    changed = files(ecc=ECC_TEXT.replace("fund: CORE\n", ""))
    assert found(tmp_path, changed, "NZ220") == [(ECC, 4, 20, "error")]
    [d] = [d for d in run(tmp_path, changed).diagnostics if d.rule == "NZ220"]
    assert d.message == "an NZ ECC collection needs a network-level `fund`"


def test_open_access_in_the_ecc_needs_neither_unless_configured(tmp_path: Path) -> None:
    text = ECC_TEXT.replace("vendor: ACME\nfund: CORE\n", "").replace(
        "subscription", "open_access")
    assert found(tmp_path, files(ecc=text), "NZ220") == []
    configured = {**files(ecc=text), "policies/rules.yaml":
                  "rules:\n  NZ220:\n    params: {access_types: [subscription, open_access]}\n"}
    assert found(tmp_path, configured, "NZ220") == [(ECC, 4, 20, "error")]
