"""Choosing what the cost report shows (domain.costs.select)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from nzconfig.domain.costs.analysis import problems
from nzconfig.domain.costs.select import consortium_report, find, fiscal_years, year_of
from nzconfig.loading.model import Network
from tests.rules.costrepo import COST_TEXT, SURROGATE, SURROGATE_TEXT, files
from tests.support.repos import run


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Network:
    return run(tmp_path_factory.mktemp("costs"), files(extra={SURROGATE: SURROGATE_TEXT})).network


@pytest.mark.parametrize("key", ["test-package", "TEST-PACKAGE.yaml", "test package"])
def test_find_by_id_or_name_in_any_case(network: Network, key: str) -> None:
    assert find(network, key).id == "test-package"


def test_an_unknown_resource_lists_the_known_ones(network: Network) -> None:
    with pytest.raises(FatalError) as caught:
        find(network, "nothing")
    assert caught.value.message == (
        "no shared resource `nothing` in costs/; resources: older-package, test-package")


def test_no_cost_files_at_all(tmp_path: Path) -> None:
    empty = run(tmp_path, {}).network
    with pytest.raises(FatalError, match=r"resources: none \(no cost files in costs/\)"):
        find(empty, "x")
    with pytest.raises(FatalError, match="no cost files in costs/: nothing to sum"):
        consortium_report(empty, None)


def test_year_of_defaults_to_the_latest_and_refuses_others(network: Network) -> None:
    resource = find(network, "test-package")
    assert year_of(resource, None) == "2024" and year_of(resource, "2024") == "2024"
    with pytest.raises(FatalError, match="`test-package` has no fiscal year 2020; its years: "
                                         "2024"):
        year_of(resource, "2020")


def test_the_consortium_report_of_a_year(network: Network) -> None:
    assert fiscal_years(network) == ["2023", "2024"]
    year, tables, _, failed = consortium_report(network, None)
    assert (year, failed) == ("2024", [])
    assert [t.shares.resource.id for t in tables[0].resources] == ["test-package"]
    _, tables, _, failed = consortium_report(network, "2023")  # no FTE for 2023 (NZ302)
    assert tables == () and [r.id for r in failed] == ["older-package"]
    assert {(p.rule, p.doc.file) for p in problems(network)} == {
        ("NZ302", "costs/older-package.yaml")}
    with pytest.raises(FatalError, match="no resource has fiscal year 1999; years: 2023, 2024"):
        consortium_report(network, "1999")


def test_a_resource_that_cannot_be_computed_is_listed_as_failed(tmp_path: Path) -> None:
    network = run(tmp_path, files(COST_TEXT.replace('"0.10"', '"5"'))).network
    _, tables, _, failed = consortium_report(network, "2024")
    assert tables == () and [r.id for r in failed] == ["test-package"]
    assert [p.rule for p in problems(network)] == ["NZ305"]
