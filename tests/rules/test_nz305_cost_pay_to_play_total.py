from __future__ import annotations

from pathlib import Path

from tests.rules.costrepo import COST, COST_TEXT, files
from tests.rules.policyrepo import found, run


def test_pay_to_play_within_the_invoice_passes(tmp_path: Path) -> None:
    text = COST_TEXT.replace('"0.10"', '"3.3333"')  # 999.99 of 1,000.00
    assert found(tmp_path, files(text), "NZ305") == []


def test_pay_to_play_over_the_invoice_is_an_error_at_the_multiplier(tmp_path: Path) -> None:
    text = COST_TEXT.replace('"0.10"', '"3.34"')  # 1,002.00 of 1,000.00
    assert found(tmp_path, files(text), "NZ305") == [(COST, 7, 17, "error")]
    [d] = [d for d in run(tmp_path, files(text)).diagnostics if d.rule == "NZ305"]
    assert d.message == ("pay-to-play (FTE 300 x 3.34 per FTE) comes to 1,002.00, more than "
                         "the 2024 invoice of 1,000.00")


def test_with_the_policy_multiplier_it_is_reported_at_the_invoice(tmp_path: Path) -> None:
    text = COST_TEXT.replace('    multiplier: "0.10"\n', "")
    changed = files(text, extra={"policies/costs.yaml": "multiplier: 5\n"})
    assert found(tmp_path, changed, "NZ305") == [(COST, 6, 14, "error")]
