"""The usage-provenance problems of a Network, computed once (domain.counter.checks): the
first passing case of tests/rules/cases/NZ501.yaml, altered one way per test."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from nzconfig.domain.counter.checks import problems
from nzconfig.domain.counter.ids import INSTITUTION, PERIOD
from tests.conftest import TESTS
from tests.support.repos import run

COST = "costs/test-package.yaml"


@pytest.fixture(scope="module")
def complete() -> dict[str, str]:
    data = yaml.safe_load((TESTS / "rules/cases/NZ501.yaml").read_text(encoding="utf-8"))
    files: dict[str, str] = data["cases"][0]["files"]
    return files


def _found(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str, str | None]]:
    network = run(tmp_path, files).network
    found = problems(network)
    assert problems(network) is found  # once per Network
    return [(p.rule, p.doc.file, p.member) for p in found]


def test_a_complete_import_has_no_problem(tmp_path: Path, complete: dict[str, str]) -> None:
    assert _found(tmp_path, complete) == []


def test_a_report_that_misses_months(tmp_path: Path, complete: dict[str, str]) -> None:
    head, _, tail = complete[COST].rpartition("period: 2023-01-01/2023-12-31")  # BBB's
    cost = f"{head}period: 2023-01-01/2023-06-30{tail}"
    assert cost != complete[COST]
    assert _found(tmp_path, {**complete, COST: cost}) == [(PERIOD, COST, "BBB")]


def test_an_identifier_two_members_list(tmp_path: Path, complete: dict[str, str]) -> None:
    bbb = complete["institutions/BBB.yaml"].replace("0000000000000002", "0000000000000001")
    found = _found(tmp_path, {**complete, "institutions/BBB.yaml": bbb})
    assert (INSTITUTION, "institutions/BBB.yaml", "BBB") in found


def test_no_cost_files_no_problem(tmp_path: Path) -> None:
    assert _found(tmp_path, {}) == []
