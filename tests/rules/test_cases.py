"""Rule cases as data: every tests/rules/cases/NZnnn.yaml, one test per case.

A case lays its ``files`` over the base repository of tests/rules/policyrepo.py (a value of
null deletes a base file), validates it and compares the findings of the file's ``rule``
with ``expect``: file, line, column and severity exactly, ``message`` and ``hint`` as
substrings. (A local runner; the coherence work may replace it with a shared one.)
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from nzconfig.engine.validate import validate
from nzconfig.rules import RULES
from tests.conftest import ROOT
from tests.rules.policyrepo import BASE, TODAY

CASES = Path(__file__).parent / "cases"


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("NZ*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["rule"] == path.stem, f"{path.name} names rule {data['rule']}"
        for case in data["cases"]:
            params.append(pytest.param(data["rule"], case, id=f"{data['rule']}-{case['name']}"))
    return params


def _build(root: Path, files: dict[str, str | None]) -> Path:
    (root / "policies").mkdir(parents=True)
    shutil.copy(ROOT / "policies" / "cdi-matrix.yaml", root / "policies" / "cdi-matrix.yaml")
    (root / "data").mkdir()
    (root / "data" / "oa-activations.csv").write_text("member,collection,brief_level\n")
    for file, text in {**BASE, **files}.items():
        path = root / file
        if text is None:
            path.unlink(missing_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_seeds_remaining_policies_have_case_files() -> None:
    """Rules NZ229-NZ269 (issue 16) are tested as data only."""
    ours = {rule.ID for rule in RULES if "NZ229" <= rule.ID <= "NZ269"}
    assert ours and ours <= {path.stem for path in CASES.glob("NZ*.yaml")}


def test_every_rule_case_file_has_a_passing_and_a_failing_case() -> None:
    for path in sorted(CASES.glob("NZ*.yaml")):
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        assert any(not c["expect"] for c in cases), f"{path.name}: no passing case"
        assert any(c["expect"] for c in cases), f"{path.name}: no failing case"


@pytest.mark.parametrize(("rule", "case"), _cases())
def test_rule_case(tmp_path: Path, rule: str, case: dict[str, Any]) -> None:
    outcome = validate(_build(tmp_path, case.get("files") or {}), today=TODAY)
    found = [d for d in outcome.diagnostics if d.rule == rule]
    expected = case["expect"] or []
    assert [(d.file, d.line, d.column, d.severity.label) for d in found] == [
        (e["file"], e["line"], e["column"], e["severity"]) for e in expected
    ], "\n".join(d.text() for d in found)
    for diagnostic, expect in zip(found, expected, strict=True):
        assert expect.get("message", "") in diagnostic.message
        assert expect.get("hint", "") in (diagnostic.hint or "")
