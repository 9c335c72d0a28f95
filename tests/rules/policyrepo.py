"""Small repositories written as YAML text, so that tests can name the lines they expect.

The base has members AAA, BBB and CCC, the shipped CDI matrix, and network and open-access
policies like WRLC's with the suffix `(TST)`; a test lays its own files over it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

import yaml

from nzconfig.engine.validate import Outcome, validate
from tests.conftest import ROOT
from tests.support.repos import lay

TODAY = date(2025, 3, 1)
BASE = {
    "institutions/AAA.yaml": "code: AAA\n",
    "institutions/BBB.yaml": "code: BBB\n",
    "institutions/CCC.yaml": "code: CCC\n",
    "policies/network.yaml": (
        "name: Test Consortium\ncode: TST\nname_suffix: (TST)\n"
        "status_words: [INACTIVE]\nproxy_profiles: [default, none]\n"),
    "policies/open-access.yaml": (
        "participation:\n  min_members: 2\n"
        "review:\n  min_members: 3\n  brief_level_over: 6\n"
        "  activations: data/oa-activations.csv\n"),
}


def build(root: Path, files: Mapping[str, str | None], advice: bool = False) -> Path:
    """BASE and the shipped CDI matrix with ``files`` laid over them; a file given as None is
    left out. Without ``advice`` the matrix loses its general advice: NZ241's two notices on
    it belong to NZ241's own cases, not to every other test's exact counts (the data runner
    compares one rule's findings, so it keeps the matrix whole)."""
    matrix = yaml.safe_load((ROOT / "policies" / "cdi-matrix.yaml").read_text(encoding="utf-8"))
    if not advice:
        matrix.pop("advice", None)
    (root / "policies").mkdir(parents=True, exist_ok=True)
    shipped = (ROOT / "policies" / "cdi-matrix.yaml").read_text(encoding="utf-8")
    (root / "policies" / "cdi-matrix.yaml").write_text(
        shipped if advice else yaml.safe_dump(matrix, sort_keys=False), encoding="utf-8")
    lay(root, {**BASE, **files})
    (root / "data").mkdir(exist_ok=True)
    if not (root / "data" / "oa-activations.csv").exists():
        (root / "data" / "oa-activations.csv").write_text("member,collection,brief_level\n")
    return root


def run(root: Path, files: Mapping[str, str | None], advice: bool = False) -> Outcome:
    return validate(build(root, files, advice), today=TODAY)


def found(root: Path, files: Mapping[str, str | None],
          rule: str) -> list[tuple[str, int, int, str]]:
    """(file, line, column, severity) of each finding of ``rule``."""
    return [(d.file, d.line, d.column, d.severity.label)
            for d in run(root, files).diagnostics if d.rule == rule]
