"""The cost formula's problems and shares for a Network, computed once
(domain.costs.analysis)."""

from __future__ import annotations

from pathlib import Path

from nzconfig.domain.costs.analysis import problems, shares
from nzconfig.domain.costs.model import resources
from tests.rules.costrepo import COST, COST_TEXT, files
from tests.support.repos import run


def test_no_problem_and_the_shares_of_a_year(tmp_path: Path) -> None:
    network = run(tmp_path, files()).network
    assert problems(network) == []
    computed, found = shares(network, resources(network)["test-package"], "2024")
    assert found == [] and computed is not None
    assert [(line.member, line.total) for line in computed.lines] == [
        ("AAA", 33334), ("BBB", 33333), ("CCC", 33333)]


def test_problems_of_every_resource_and_year_computed_once(tmp_path: Path) -> None:
    text = COST_TEXT.replace('"0.10"', '"5"')
    network = run(tmp_path, files(text)).network
    found = problems(network)
    assert [(p.rule, p.doc.file) for p in found] == [("NZ305", COST)]
    assert problems(network) == found
    computed, again = shares(network, resources(network)["test-package"], "2024")
    assert computed is None and again == found
