from __future__ import annotations

from pathlib import Path

from tests.rules.costrepo import COST, COST_TEXT, files
from tests.rules.policyrepo import found, run

NO_MULTIPLIER = COST_TEXT.replace('    multiplier: "0.10"\n', "")


def test_cents_and_a_multiplier_pass(tmp_path: Path) -> None:
    assert found(tmp_path, files(), "NZ309") == []


def test_an_invoice_in_fractions_of_a_cent_is_an_error(tmp_path: Path) -> None:
    text = COST_TEXT.replace('"1000.00"', "1000.005")
    assert found(tmp_path, files(text), "NZ309") == [(COST, 6, 14, "error")]


def test_a_year_without_a_multiplier_is_an_error_at_the_year(tmp_path: Path) -> None:
    assert found(tmp_path, files(NO_MULTIPLIER), "NZ309") == [(COST, 5, 3, "error")]
    [d] = [d for d in run(tmp_path, files(NO_MULTIPLIER)).diagnostics if d.rule == "NZ309"]
    assert d.message == "no FTE multiplier for 2024"


def test_the_policy_multiplier_is_the_default(tmp_path: Path) -> None:
    changed = files(NO_MULTIPLIER, extra={"policies/costs.yaml": 'multiplier: "0.10"\n'})
    assert found(tmp_path, changed, "NZ309") == []
