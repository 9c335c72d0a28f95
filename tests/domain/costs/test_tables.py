"""The cost tables as cells (domain.costs.tables): one resource, and the consortium's sums
per currency."""

from __future__ import annotations

import pytest

from nzconfig.domain.costs.analysis import shares
from nzconfig.domain.costs.model import resources
from nzconfig.domain.costs.tables import (
    Cell,
    ResourceTable,
    Transfer,
    consortium_tables,
    resource_table,
)
from nzconfig.loading.model import Network
from tests.rules.costrepo import COST_TEXT, files
from tests.support.repos import run

EUR = COST_TEXT.replace("Test Package", "Euro Package").replace("USD", "EUR").replace(
    "[AAA, BBB, CCC]", "[AAA, BBB]").replace('"1000.00"', '"100.00"')


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Network:
    return run(tmp_path_factory.mktemp("costs"), files(extra={"costs/euro.yaml": EUR})).network


def table(network: Network, resource: str) -> ResourceTable:
    computed, problems = shares(network, resources(network)[resource], "2024")
    assert computed is not None, problems
    return resource_table(computed)


def test_a_resource_table(network: Network) -> None:
    t = table(network, "test-package")
    assert t.title == "Test Package: cost shares, fiscal year 2024"
    assert t.facts == ("Invoice: USD 1,000.00. FTE multiplier: 0.10 per FTE. Usage: "
                       "Downloads, 2023.")
    assert t.headers[2:4] == ("Downloads", "% of Downloads")
    assert [c.shown for c in t.rows[0]] == ["AAA", "100", "10", "33.33%", "0.10", "10.00",
                                             "323.34", "333.34", "3.00%"]
    assert t.rows[0][0] == Cell("AAA", "AAA", False) and t.rows[0][7].number
    assert [c.plain for c in t.total] == ["TOTAL", "300", "30", "100.00", "", "30.00",
                                          "970.00", "1000.00", "3.00"]
    assert t.summary.startswith("Combined pay-to-play contributions cover 30.00 of the USD "
                                "1,000.00 invoice (3.00%)")
    assert t.transfers == () and t.recovery_method is None


def test_consortium_tables_one_per_currency_with_blank_cells(network: Network) -> None:
    euro, usd = consortium_tables("2024", [table(network, "test-package"),
                                           table(network, "euro")])
    assert (euro.currency, usd.currency) == ("EUR", "USD")
    assert usd.headers == ("Institution", "Test Package", "Total Contribution")
    assert [[c.shown for c in row] for row in euro.rows] == [["AAA", "50.00", "50.00"],
                                                             ["BBB", "50.00", "50.00"]]
    assert [c.shown for c in usd.total] == ["TOTAL", "1,000.00", "1,000.00"]
    assert consortium_tables("2024", []) == ()


def test_a_transfer_shows_its_amount() -> None:
    transfer = Transfer("AAA", "BBB", "pkg", 123456)
    assert (transfer.shown, transfer.plain) == ("1,234.56", "1234.56")
