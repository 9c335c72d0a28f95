"""Every case of the YAML test suite (../shared/yaml-test-suite) through nzconfig's loader.

- a case the suite marks as an error gives a syntax diagnostic (NZ001) with a line and a
  column, never an exception;
- a valid case loads, or is refused cleanly for what a configuration file may not be
  (several documents, not a mapping, a custom tag, a complex key, ...);
- a valid single mapping with an in.json loads to exactly that data (floats compared as
  Decimal, which is what the loader gives);
- where libyaml deviates from the suite, the case is in known_deviations.py, and that list
  is exact (each case named there still deviates in the way named).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from nzconfig.core.diagnostics import Diagnostic
from nzconfig.loading import compose
from nzconfig.loading.loader import Document, load_bytes
from tests.conftest import SHARED
from tests.yaml_suite.known_deviations import ACCEPTS_INVALID, DATA_DIFFERS, REJECTS_VALID

SUITE = SHARED / "yaml-test-suite"
# Refusals that are about configuration files, not about YAML syntax.
CLEAN_REFUSALS = frozenset({"NZ002", "NZ003", "NZ004", "NZ007", "NZ008", "NZ009", "NZ011",
                            "NZ012", "NZ013"})


def _cases() -> dict[str, Path]:
    if not SUITE.is_dir():
        return {}
    found: dict[str, Path] = {}
    for case in sorted(p for p in SUITE.iterdir() if p.is_dir()):
        if (case / "in.yaml").is_file():
            found[case.name] = case
        for sub in sorted(p for p in case.iterdir() if p.is_dir()):
            if (sub / "in.yaml").is_file():
                found[f"{case.name}/{sub.name}"] = sub
    return found


CASES = _cases()
pytestmark = [
    pytest.mark.skipif(not CASES, reason="../shared/yaml-test-suite is not beside this checkout"),
    pytest.mark.skipif(not compose.LIBYAML, reason="the deviation list is libyaml's; "
                       "this PyYAML has no libyaml"),
]


def _title(case: Path) -> str:
    for folder in (case, case.parent):
        if (folder / "===").is_file():
            return (folder / "===").read_text(encoding="utf-8").strip()
    return ""


def _load(case_id: str) -> Document | list[Diagnostic]:
    raw = (CASES[case_id] / "in.yaml").read_bytes()
    return load_bytes(raw, "in.yaml")  # any exception fails the test


def _expected(case: Path) -> Any:
    """in.json when it holds one JSON value, else None."""
    path = case / "in.json"
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    except ValueError:  # several documents: several JSON values
        return None


def _positioned(diagnostics: list[Diagnostic], raw: bytes) -> bool:
    lines = raw.count(b"\n") + raw.count(b"\r") + 2  # generous: libyaml counts \r\n once
    return all(1 <= d.line <= lines and d.column >= 1 for d in diagnostics)


@pytest.mark.parametrize("case_id", sorted(CASES) or ["none"])
def test_case(case_id: str) -> None:
    case = CASES[case_id]
    raw = (case / "in.yaml").read_bytes()
    result = _load(case_id)
    rules = {d.rule for d in result} if isinstance(result, list) else set()
    if isinstance(result, list):
        assert result, "a refusal names at least one problem"
        assert _positioned(result, raw), [d.text() for d in result]
    if (case / "error").exists():
        if case_id in ACCEPTS_INVALID:
            assert "NZ001" not in rules, f"libyaml now rejects {case_id}: update the list"
            assert rules <= CLEAN_REFUSALS
        else:
            assert isinstance(result, list), f"invalid YAML accepted: {_title(case)}"
            assert rules == {"NZ001"}, [d.text() for d in result]
        return
    assert case_id not in ACCEPTS_INVALID, "ACCEPTS_INVALID lists only error cases"
    if case_id in REJECTS_VALID:
        assert rules == {"NZ001"}, f"libyaml now reads {case_id}: update the list"
        return
    if isinstance(result, list):
        assert rules <= CLEAN_REFUSALS, [d.text() for d in result]
        assert case_id not in DATA_DIFFERS
        return
    expected = _expected(case)
    if case_id in DATA_DIFFERS:
        assert result.data != expected, f"{case_id} now loads as in.json: update the list"
    elif isinstance(expected, dict):
        assert result.data == expected


@pytest.mark.skipif(not CASES, reason="../shared/yaml-test-suite is not beside this checkout")
def test_every_known_deviation_is_a_suite_case() -> None:
    listed = {**REJECTS_VALID, **ACCEPTS_INVALID, **DATA_DIFFERS}
    assert len(listed) == len(REJECTS_VALID) + len(ACCEPTS_INVALID) + len(DATA_DIFFERS)
    assert set(listed) <= set(CASES)
    assert all(reason.strip() for reason in listed.values())
