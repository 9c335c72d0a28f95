"""The formula's cost rules share one analysis, split by id (rules.cost_findings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules.costrepo import COST, COST_TEXT, files
from tests.support.repos import run

# The cost-rules branch (issue 12) merges this module into rules/shared.py
# (tests/rules/test_shared.py): delete this file after that merge.
cost_findings = pytest.importorskip("nzconfig.rules.cost_findings").cost_findings


def test_each_rule_gets_only_its_own_problems(tmp_path: Path) -> None:
    network = run(tmp_path, files(COST_TEXT.replace('"0.10"', '"5"'))).network
    (found,) = cost_findings(network, "NZ305")
    assert (found.doc.file, found.path) == (COST, ("years", "2024", "multiplier"))
    assert found.hint is not None and "lower the FTE multiplier" in found.hint
    assert list(cost_findings(network, "NZ301")) == []


def test_no_cost_files_no_findings(tmp_path: Path) -> None:
    network = run(tmp_path, {}).network
    assert network.costs == [] and list(cost_findings(network, "NZ305")) == []
