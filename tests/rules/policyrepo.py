"""Small repositories written as YAML text, so that tests can name the lines they expect.

The base has members AAA, BBB and CCC, the shipped CDI matrix, and network and open-access
policies like WRLC's with the suffix `(TST)`; a test lays its own files over it.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from datetime import date
from pathlib import Path

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


def build(root: Path, files: Mapping[str, str | None]) -> Path:
    """BASE with ``files`` laid over it; a file given as None is left out."""
    lay(root, {**BASE, **files})
    (root / "data").mkdir(exist_ok=True)
    if not (root / "data" / "oa-activations.csv").exists():
        (root / "data" / "oa-activations.csv").write_text("member,collection,brief_level\n")
    shutil.copy(ROOT / "policies" / "cdi-matrix.yaml", root / "policies" / "cdi-matrix.yaml")
    return root


def run(root: Path, files: Mapping[str, str | None]) -> Outcome:
    return validate(build(root, files), today=TODAY)


def found(root: Path, files: Mapping[str, str | None],
          rule: str) -> list[tuple[str, int, int, str]]:
    """(file, line, column, severity) of each finding of ``rule``."""
    return [(d.file, d.line, d.column, d.severity.label)
            for d in run(root, files).diagnostics if d.rule == rule]
