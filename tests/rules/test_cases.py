"""Rule cases as data: each tests/rules/cases/NZnnn.yaml lays its files over the small base
repository (tests/rules/policyrepo.py BASE; a null value deletes a base file), validates it,
and compares the rule's findings with `expect` (file, line, column, severity; `message` and
`hint` are substrings)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from nzconfig.engine.validate import validate
from tests.rules.policyrepo import BASE, TODAY, build

CASES = Path(__file__).with_name("cases")


def _cases() -> list[Any]:
    found = []
    for path in sorted(CASES.glob("NZ*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            found.append(pytest.param(data["rule"], case, id=f"{data['rule']}-{case['name']}"))
    return found


@pytest.mark.parametrize(("rule", "case"), _cases())
def test_case(tmp_path: Path, rule: str, case: dict[str, Any]) -> None:
    files = {name: text for name, text in case.get("files", {}).items() if text is not None}
    build(tmp_path, files)
    for name, text in case.get("files", {}).items():
        if text is None and name in BASE:
            (tmp_path / name).unlink()
    found = [d for d in validate(tmp_path, today=TODAY).diagnostics if d.rule == rule]
    got = sorted((d.file, d.line, d.column, d.severity.label) for d in found)
    expected = case.get("expect") or []
    assert got == sorted((e["file"], e["line"], e["column"], e["severity"]) for e in expected)
    for e in expected:
        [match] = [d for d in found if (d.file, d.line, d.column) == (e["file"], e["line"],
                                                                     e["column"])]
        assert e.get("message", "") in match.message
        assert e.get("hint", "") in (match.hint or "")
