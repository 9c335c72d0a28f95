"""The cost tables as text, CSV and JSON (domain.costs.output)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from nzconfig.domain.costs import output, select
from nzconfig.domain.costs.tables import ConsortiumTable, ResourceTable
from nzconfig.loading.model import Network
from tests.rules.costrepo import files
from tests.support.repos import run


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Network:
    return run(tmp_path_factory.mktemp("costs"), files()).network


@pytest.fixture(scope="module")
def table(network: Network) -> ResourceTable:
    found, problems = select.resource_report(network, select.find(network, "test-package"),
                                             "2024")
    assert found is not None, problems
    return found


@pytest.fixture(scope="module")
def consortium(network: Network) -> tuple[ConsortiumTable, ...]:
    return select.consortium_report(network, "2024")[1]


def test_text_aligns_the_table_under_its_title(table: ResourceTable) -> None:
    lines = output.text(table).splitlines()
    assert lines[0] == "Test Package: cost shares, fiscal year 2024"
    header = next(i for i, line in enumerate(lines) if line.startswith("Institution"))
    assert lines[header + 1].startswith("-----------  ---  ")
    assert lines[header + 2].split() == ["AAA", "100", "10", "33.33%", "0.10", "10.00",
                                         "323.34", "333.34", "3.00%"]
    assert lines[header + 5].split()[:2] == ["TOTAL", "300"]
    assert all(len(line) <= output.WIDTH for line in lines[header + 6:])


def test_csv_has_plain_numbers(table: ResourceTable) -> None:
    rows = list(csv.reader(io.StringIO(output.csv_text(table))))
    assert rows[0][0] == "Institution" and len(rows) == 5
    assert rows[-1] == ["TOTAL", "300", "30", "100.00", "", "30.00", "970.00", "1000.00",
                        "3.00"]


def test_json_is_versioned_data(table: ResourceTable) -> None:
    data = json.loads(output.json_text(table))
    assert data == output.as_data(table)
    assert (data["format"], data["resource"], data["invoice"], data["usage_years"]) == (
        output.JSON_FORMAT, "test-package", "1000.00", ["2023"])
    assert data["members"][0]["total"] == "333.34" and data["members"][0]["fte_years"] == [
        "2024"]
    assert data["totals"]["total"] == "1000.00" and data["cost_recovery"] is None


def test_the_consortium_in_three_formats(consortium: tuple[ConsortiumTable, ...]) -> None:
    text = output.consortium_text(consortium, "2024")
    assert text.startswith("Shared resource costs, fiscal year 2024: each member's total "
                           "contribution\n\nUSD:\n")
    assert list(csv.reader(io.StringIO(output.consortium_csv(consortium)))) == [
        ["Currency", "Institution", "Test Package", "Total Contribution"],
        ["USD", "AAA", "333.34", "333.34"], ["USD", "BBB", "333.33", "333.33"],
        ["USD", "CCC", "333.33", "333.33"], ["USD", "TOTAL", "1000.00", "1000.00"]]
    data = json.loads(output.consortium_json(consortium, "2024"))
    assert data == output.consortium_data(consortium, "2024")
    assert data["fiscal_year"] == "2024"
