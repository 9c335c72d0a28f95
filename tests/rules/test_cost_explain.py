"""What `nzconfig cost` shows when the shares cannot be computed and the validation run has no
error on the file to show (the rule is switched off): the cost rules' findings, as errors, in
the formula's order, worded as validate words them."""

from __future__ import annotations

from pathlib import Path

from tests.rules.costrepo import COST, COST_TEXT, files
from tests.support.cli import run_cli
from tests.support.repos import build

OFF = "rules:\n  NZ301: {enabled: false}\n  NZ303: {enabled: false}\n"


def test_a_switched_off_rule_is_still_explained_as_an_error(tmp_path: Path) -> None:
    text = COST_TEXT.replace("[AAA, BBB, CCC]", "[AAA, BBB, ZZZ, CCC]")
    on = run_cli("cost", "test-package", build(tmp_path / "on", files(text)))
    off = run_cli("cost", "test-package",
                  build(tmp_path / "off", files(text, extra={"policies/rules.yaml": OFF})))
    assert on.code == off.code == 1 and on.stdout == off.stdout == ""
    # Validate's findings (position order) and the explanation (the formula's) agree here.
    assert off.stderr == on.stderr
    assert [(d["file"], d["rule"], d["severity"]) for d in off.diagnostics()] == [
        (COST, "NZ301", "error"), (COST, "NZ303", "error")]


def test_the_explanation_follows_the_formula_not_the_file(tmp_path: Path) -> None:
    # The formula meets the invoice (line 6) before the missing multiplier (reported at the
    # year, line 5); validate would list them by position.
    text = COST_TEXT.replace('"1000.00"', '"1000.001"').replace('    multiplier: "0.10"\n', "")
    extra = {"policies/rules.yaml": "rules:\n  NZ309: {enabled: false}\n"}
    done = run_cli("cost", "test-package", build(tmp_path / "repo", files(text, extra=extra)))
    assert done.code == 1
    assert [(d["rule"], d["line"], d["severity"]) for d in done.diagnostics()] == [
        ("NZ309", "6", "error"), ("NZ309", "5", "error")]
