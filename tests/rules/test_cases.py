"""Rule cases as data: every tests/rules/cases/NZnnn.yaml, one test per case.

The format (docs/development.md):

    rule: NZ229
    cases:
      - name: a-short-kebab-name
        description: optional
        files:            # laid over the `policy` base of tests/support/repos.py;
          path: |         # a value of null deletes that base file
            text
        expect: []        # no finding of this rule
      - name: ...
        expect:
          - {file: ..., line: 3, column: 5, severity: error, message: ..., hint: ...}

A case validates the repository and compares the findings of ``rule`` with ``expect`` in
order: file, line, column and severity exactly, ``message`` and ``hint`` as substrings.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from nzconfig.rules import BY_ID, CATALOGUE_BY_ID
from tests.support.repos import run

CASES = Path(__file__).parent / "cases"
_NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_CASE_KEYS = {"name", "description", "files", "expect"}
_EXPECT_KEYS = {"file", "line", "column", "severity", "message", "hint"}


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("NZ*.yaml")):
        data = _load(path)
        for case in data.get("cases") or ():
            params.append(pytest.param(path.stem, case, id=f"{path.stem}-{case.get('name')}"))
    return params


@pytest.mark.parametrize("path", sorted(CASES.glob("NZ*.yaml")), ids=lambda p: p.stem)
def test_case_file_is_well_formed(path: Path) -> None:
    data = _load(path)
    assert set(data) == {"rule", "cases"}, f"{path.name}: keys are rule and cases"
    assert data["rule"] == path.stem, f"{path.name} names rule {data['rule']}"
    # A built-in check the engine reports after the rules (NZ024) may have cases too.
    assert data["rule"] in CATALOGUE_BY_ID, f"{path.name}: no check {data['rule']}"
    cases = data["cases"]
    names = [case.get("name") for case in cases]
    assert len(set(names)) == len(names), f"{path.name}: case names repeat"
    for case in cases:
        assert set(case) <= _CASE_KEYS and {"name", "expect"} <= set(case), case.get("name")
        assert _NAME.fullmatch(str(case["name"])), f"{case['name']!r} is not kebab-case"
        for expect in case["expect"] or ():
            assert set(expect) <= _EXPECT_KEYS, (case["name"], sorted(expect))
            assert {"file", "line", "column", "severity"} <= set(expect), case["name"]
    assert any(not case["expect"] for case in cases), f"{path.name}: no passing case"
    assert any(case["expect"] for case in cases), f"{path.name}: no failing case"


@pytest.mark.parametrize(("rule", "case"), _cases())
def test_rule_case(tmp_path: Path, rule: str, case: dict[str, Any]) -> None:
    outcome = run(tmp_path, case.get("files") or {}, advice=True)
    found = [d for d in outcome.diagnostics if d.rule == rule]
    expected = case["expect"] or []
    shown = "\n".join(d.text() for d in found) or "(none)"
    assert [(d.file, d.line, d.column, d.severity.label) for d in found] == [
        (e["file"], e["line"], e["column"], e["severity"]) for e in expected
    ], shown
    for diagnostic, expect in zip(found, expected, strict=True):
        assert expect.get("message", "") in diagnostic.message, shown
        assert expect.get("hint", "") in (diagnostic.hint or ""), shown


# NZ509 judges the COUNTER reports `nzconfig usage import` reads, never the repository: its
# passing and failing cases are report files (tests/fixtures/counter, tests/domain/counter).
NOT_ON_THE_REPOSITORY = {"NZ509"}


def test_every_rule_has_its_cases_as_data() -> None:
    missing = sorted(rule_id for rule_id in BY_ID if rule_id not in NOT_ON_THE_REPOSITORY
                     and not (CASES / f"{rule_id}.yaml").is_file())
    assert missing == [], "add tests/rules/cases/<id>.yaml with passing and failing cases"
