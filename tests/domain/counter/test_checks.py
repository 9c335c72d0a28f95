"""The usage problems of a Network, computed once (domain.counter.checks) as facts: no
wording, no position (the usage rules decide those: tests/rules/cases/NZ50*.yaml). The first
passing case of tests/rules/cases/NZ501.yaml, altered one way per test."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from nzconfig.domain.counter import problems as p
from nzconfig.domain.counter.checks import problems
from tests.conftest import TESTS
from tests.support.repos import run

COST = "costs/test-package.yaml"


@pytest.fixture(scope="module")
def complete() -> dict[str, str]:
    data = yaml.safe_load((TESTS / "rules/cases/NZ501.yaml").read_text(encoding="utf-8"))
    files: dict[str, str] = data["cases"][0]["files"]
    return files


def _found(tmp_path: Path, files: dict[str, str]) -> list[p.Problem]:
    network = run(tmp_path, files).network
    found = problems(network)
    assert problems(network) is found  # once per Network
    assert not any(hasattr(x, "message") or hasattr(x, "path") for x in found)
    return found


def test_a_complete_import_has_no_problem(tmp_path: Path, complete: dict[str, str]) -> None:
    assert _found(tmp_path, complete) == []


def test_a_report_that_misses_months(tmp_path: Path, complete: dict[str, str]) -> None:
    head, _, tail = complete[COST].rpartition("period: 2023-01-01/2023-12-31")  # BBB's
    cost = f"{head}period: 2023-01-01/2023-06-30{tail}"
    assert cost != complete[COST]
    [found] = _found(tmp_path, {**complete, COST: cost})
    assert isinstance(found, p.MonthsMissing) and found.rule == "NZ501"
    assert (found.doc.file, found.fiscal_year, found.member, found.index) == (
        COST, "2023", "BBB", 1)
    assert found.missing == tuple(f"2023-{m:02d}" for m in range(7, 13))


def test_an_identifier_two_members_list(tmp_path: Path, complete: dict[str, str]) -> None:
    bbb = complete["institutions/BBB.yaml"].replace("0000000000000002", "0000000000000001")
    found = _found(tmp_path, {**complete, "institutions/BBB.yaml": bbb})
    # first the identifier BBB shares, then BBB's report no longer attributed by its own
    assert [type(x) for x in found] == [p.SharedIdentifier, p.IdentifierNotListed]
    shared, unlisted = found
    assert isinstance(shared, p.SharedIdentifier)
    assert (shared.doc.file, shared.member, shared.index, shared.first) == (
        "institutions/BBB.yaml", "BBB", 0, "AAA")
    assert isinstance(unlisted, p.IdentifierNotListed) and unlisted.report.member == "BBB"
    assert {x.rule for x in found} == {"NZ503"}


def test_an_exception_is_incomplete_usage_or_another(tmp_path: Path,
                                                    complete: dict[str, str]) -> None:
    head, _, tail = complete[COST].rpartition("      usage: ")  # BBB's report
    cost = (f"{head}      exceptions: ['0: Info', '3040: Partial Data Returned', "
            f"'3060: Invalid ReportFilter Value']\n      usage: {tail}")
    found = _found(tmp_path, {**complete, COST: cost})
    assert [(type(x), getattr(x, "exception", None)) for x in found] == [
        (p.IncompleteUsage, "3040: Partial Data Returned"),
        (p.OtherException, "3060: Invalid ReportFilter Value")]


def test_no_cost_files_no_problem(tmp_path: Path) -> None:
    assert _found(tmp_path, {}) == []
