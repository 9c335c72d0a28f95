"""The cross-file rules NZ151-NZ155: each passes on the base fixture and fails on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.engine.validate import validate
from tests.support.repos import build

CASES = {
    "NZ151": ("unknown-member", "collections/law-tst.yaml", 4, 16),
    "NZ152": ("institution-file-name", "institutions/CCC.yaml", 1, 7),
    "NZ153": ("duplicate-collection-name", "collections/shared-books-tst.yaml", 1, 7),
    "NZ154": ("collection-file-name", "collections/journals.yaml", 1, 7),
    "NZ155": ("duplicate-member", "collections/twice-tst.yaml", 7, 3),
}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_passes_on_the_base_repository(rule: str, tmp_path: Path) -> None:
    outcome = validate(build(tmp_path / "r", base="_base"))
    assert [d for d in outcome.diagnostics if d.rule == rule] == []


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_fails_on_its_fixture(rule: str, tmp_path: Path) -> None:
    case, file, line, column = CASES[rule]
    outcome = validate(build(tmp_path / "r", base=case))
    found = [(d.file, d.line, d.column, d.severity.label) for d in outcome.diagnostics
             if d.rule == rule]
    assert found == [(file, line, column, "error")]


def test_rules_can_be_turned_off(tmp_path: Path) -> None:
    repo = build(tmp_path / "r", base="unknown-member")
    (repo / "policies" / "rules.yaml").write_text("rules:\n  NZ151:\n    enabled: false\n")
    assert not [d for d in validate(repo).diagnostics if d.rule == "NZ151"]


def test_severity_comes_from_the_policy(tmp_path: Path) -> None:
    repo = build(tmp_path / "r", base="duplicate-member")
    (repo / "policies" / "rules.yaml").write_text("rules:\n  NZ155:\n    severity: warning\n")
    [d] = [d for d in validate(repo).diagnostics if d.rule == "NZ155"]
    assert d.severity.label == "warning"
