"""Rule cases as data (tests/rules/cases/NZnnn.yaml), laid over the base repository of
tests/rules/policyrepo.py. A small local runner until the shared one lands on main."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.rules.policyrepo import run

CASES = Path(__file__).parent / "cases"


def _cases() -> list[Any]:
    found = []
    for path in sorted(CASES.glob("NZ*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in spec["cases"]:
            found.append(pytest.param(spec["rule"], case, id=f"{spec['rule']}-{case['name']}"))
    return found


@pytest.mark.parametrize(("rule", "case"), _cases())
def test_rule_case(rule: str, case: dict[str, Any], tmp_path: Path) -> None:
    files = {name: text for name, text in case["files"].items() if text is not None}
    outcome = run(tmp_path / "repo", files)
    got = [d for d in outcome.diagnostics if d.rule == rule]
    expected = case["expect"]
    assert len(got) == len(expected), [d.text() for d in outcome.diagnostics]
    for want, d in zip(sorted(expected, key=lambda e: (e["file"], e["line"], e["column"])),
                       got, strict=True):
        assert (d.file, d.line, d.column, d.severity.label) == (
            want["file"], want["line"], want["column"], want["severity"]), d.text()
        assert want.get("message", "") in d.message, d.text()
        assert want.get("hint", "") in (d.hint or ""), d.text()
