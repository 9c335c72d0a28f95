"""The usage rules share one check of `usage_imports`, split by id (rules.usage_findings)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import TESTS
from tests.support.repos import run

# The cost-rules branch (issue 12) merges this module into rules/shared.py
# (tests/rules/test_shared.py): delete this file after that merge.
usage_findings = pytest.importorskip("nzconfig.rules.usage_findings").usage_findings

COST = "costs/test-package.yaml"


def _complete() -> dict[str, str]:
    data = yaml.safe_load((TESTS / "rules/cases/NZ501.yaml").read_text(encoding="utf-8"))
    files: dict[str, str] = data["cases"][0]["files"]
    return files


def test_each_rule_gets_only_its_own_findings(tmp_path: Path) -> None:
    files = _complete()
    bbb = files["institutions/BBB.yaml"].replace("0000000000000002", "0000000000000001")
    network = run(tmp_path, {**files, "institutions/BBB.yaml": bbb}).network
    found = list(usage_findings(network, "NZ503"))
    assert (found[0].doc.file, found[0].path, found[0].member) == (
        "institutions/BBB.yaml", ("counter_ids", 0), "BBB")
    assert {f.member for f in found} == {"BBB"}
    assert list(usage_findings(network, "NZ501")) == []


def test_no_counter_data_no_findings(tmp_path: Path) -> None:
    assert list(usage_findings(run(tmp_path, {}).network, "NZ503")) == []
