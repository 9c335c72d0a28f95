"""The formula's problems are facts, in the order met, and stop it: no wording, no severity,
no position (the cost rules decide those: tests/rules/cases/NZ30*.yaml)."""

from __future__ import annotations

from pathlib import Path

from nzconfig.domain.costs import problems as p
from nzconfig.domain.costs.analysis import shares
from nzconfig.domain.costs.model import resources
from tests.rules.costrepo import COST_TEXT, files
from tests.support.repos import run


def test_problems_are_facts_in_the_order_met(tmp_path: Path) -> None:
    text = COST_TEXT.replace('"1000.00"', '"1000.001"').replace(
        "[AAA, BBB, CCC]", "[AAA, BBB, AAA, ZZZ, CCC]")
    network = run(tmp_path, files(text)).network
    computed, found = shares(network, resources(network)["test-package"], "2024")
    assert computed is None
    assert [type(x) for x in found] == [p.InvoiceNotInCents, p.ListedTwice, p.NotMember,
                                        p.UsageMissing]
    twice, unknown, missing = found[1:]
    assert isinstance(twice, p.ListedTwice) and (twice.index, twice.code) == (2, "AAA")
    assert isinstance(unknown, p.NotMember) and (unknown.index, unknown.code) == (3, "ZZZ")
    assert isinstance(missing, p.UsageMissing)
    assert (missing.usage_year, missing.missing) == ("2023", ("ZZZ",))
    assert missing.source is missing.resource
    assert [x.rule for x in found] == ["NZ309", "NZ301", "NZ301", "NZ303"]
    assert not any(hasattr(x, "message") for x in found)


def test_the_cap_is_no_problem_of_the_formula(tmp_path: Path) -> None:
    # AAA pays nearly all of its share as pay-to-play: NZ306 warns, the shares stand.
    network = run(tmp_path, files(COST_TEXT.replace("AAA: 10,", "AAA: 0,"))).network
    computed, found = shares(network, resources(network)["test-package"], "2024")
    assert computed is not None and found == []
