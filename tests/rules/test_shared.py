"""Rules whose problems one computation finds for several (rules.shared)."""

from __future__ import annotations

from pathlib import Path

import yaml

from nzconfig.domain.costs.analysis import problems
from nzconfig.rules import nz501_usage_period, nz503_usage_institution, shared
from nzconfig.rules.base import Finding
from tests.conftest import TESTS
from tests.rules.costrepo import COST, COST_TEXT, files
from tests.support.repos import run


def test_cost_problems_are_the_formulas_worded_by_each_rule(tmp_path: Path) -> None:
    network = run(tmp_path, files(COST_TEXT.replace('"0.10"', '"5"'))).network
    assert shared.cost_problems(network) == problems(network)
    worded = list(shared.cost_findings(
        network, "NZ305", lambda p: Finding(p.doc, ("years",), f"said by {p.rule}")))
    assert [(f.doc.file, f.message) for f in worded] == [(COST, "said by NZ305")]
    assert list(shared.cost_findings(network, "NZ301", lambda p: Finding(p.doc, (), ""))) == []


def test_no_cost_files_no_problems(tmp_path: Path) -> None:
    network = run(tmp_path, {}).network
    assert shared.cost_problems(network) == []
    assert list(shared.usage_findings(network, "NZ503", nz503_usage_institution.finding)) == []


def test_usage_findings_by_rule(tmp_path: Path) -> None:
    data = yaml.safe_load((TESTS / "rules/cases/NZ501.yaml").read_text(encoding="utf-8"))
    complete: dict[str, str] = data["cases"][0]["files"]
    bbb = complete["institutions/BBB.yaml"].replace("0000000000000002", "0000000000000001")
    network = run(tmp_path, {**complete, "institutions/BBB.yaml": bbb}).network
    found = list(shared.usage_findings(network, "NZ503", nz503_usage_institution.finding))
    # BBB now lists AAA's identifier, and no longer the one its report was attributed by.
    assert [(f.doc.file, f.member) for f in found] == [("institutions/BBB.yaml", "BBB"),
                                                       ("costs/test-package.yaml", "BBB")]
    assert list(shared.usage_findings(network, "NZ501", nz501_usage_period.finding)) == []


def test_of_rule_keeps_the_order_of_one_rules_problems() -> None:
    class P:
        def __init__(self, rule: str, n: int) -> None:
            self.rule, self.n = rule, n

    items = [P("NZ1", 1), P("NZ2", 2), P("NZ1", 3)]
    got = list(shared.of_rule(items, "NZ1", lambda p: p.n))
    assert got == [1, 3]
