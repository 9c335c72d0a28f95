"""The formula itself: averaging, usage years, surrogates, exact-to-the-cent totals."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from nzconfig.domain.costs.analysis import shares
from nzconfig.domain.costs.formula import Shares
from nzconfig.domain.costs.model import resources
from tests.rules.costrepo import COST_TEXT, SURROGATE, SURROGATE_TEXT, files
from tests.support.repos import run

NO_USAGE = COST_TEXT.split("usage:\n")[0]


def compute(tmp_path: Path, repo: dict[str, str], resource: str = "test-package",
            year: str = "2024") -> Shares:
    network = run(tmp_path, repo).network
    computed, problems = shares(network, resources(network)[resource], year)
    assert computed is not None, problems
    return computed


def by_member(computed: Shares) -> dict[str, tuple[int, int, int]]:
    return {line.member: (line.pay_to_play, line.usage_contribution, line.total)
            for line in computed.lines}


def test_a_thousand_dollars_over_three_equal_members_adds_up_exactly(tmp_path: Path) -> None:
    computed = compute(tmp_path, files())
    # Pay-to-play 100 FTE x 0.10 = 10.00 each; 970.00 by usage: 323.33 1/3 each. The cent
    # left over goes to the first member by code (equal remainders).
    assert by_member(computed) == {"AAA": (1000, 32334, 33334), "BBB": (1000, 32333, 33333),
                                   "CCC": (1000, 32333, 33333)}
    assert computed.invoice == 100000
    assert computed.pay_to_play + computed.usage_contribution == 100000


def test_fte_is_the_average_of_the_three_most_recent_years_at_or_before(
        tmp_path: Path) -> None:
    fte: dict[str, dict[str, int | str] | None] = {
        "AAA": {"2020": 1000, "2022": 100, "2023": 200, "2024": 400, "2025": 9000},
        "BBB": {"2024": 100},  # fewer than three: the one there is
        "CCC": {"2023": 50, "2024": 150},
    }
    lines = {line.member: line for line in compute(tmp_path, files(fte=fte)).lines}
    assert lines["AAA"].fte == Fraction(700, 3)
    assert lines["AAA"].fte_years == ("2022", "2023", "2024")
    assert lines["BBB"].fte == 100 and lines["BBB"].fte_years == ("2024",)
    assert lines["CCC"].fte == 100
    # Pay-to-play is exact until the cents: 233.33... x 0.10 = 23.333... -> 23.33.
    assert lines["AAA"].pay_to_play == 2333


def test_usage_is_averaged_over_fewer_than_three_years_where_fewer_exist(
        tmp_path: Path) -> None:
    text = NO_USAGE + ('usage:\n  "2022": {AAA: 10, BBB: 30, CCC: 60}\n'
                       '  "2023": {AAA: 30, BBB: 10, CCC: 60}\n'
                       '  "2024": {AAA: 1000, BBB: 0, CCC: 0}\n')  # the year itself: unused
    computed = compute(tmp_path, files(text))
    assert computed.usage_years == ("2022", "2023")
    assert [line.usage for line in computed.lines] == [20, 20, 60]
    assert [line.usage_share for line in computed.lines] == [
        Fraction(1, 5), Fraction(1, 5), Fraction(3, 5)]
    assert [line.usage_contribution for line in computed.lines] == [19400, 19400, 58200]


def test_usage_uses_the_three_most_recent_years(tmp_path: Path) -> None:
    text = NO_USAGE + "usage:\n" + "".join(
        f'  "{y}": {{AAA: {n}, BBB: 1, CCC: 1}}\n'
        for y, n in (("2019", 1000), ("2020", 1), ("2021", 2), ("2023", 3)))
    computed = compute(tmp_path, files(text))
    assert computed.usage_years == ("2020", "2021", "2023")
    assert computed.lines[0].usage == 2


def test_a_first_year_uses_the_surrogates_usage(tmp_path: Path) -> None:
    text = NO_USAGE + "    surrogate: older-package\n"
    computed = compute(tmp_path, files(text, extra={SURROGATE: SURROGATE_TEXT}))
    assert computed.surrogate and computed.usage_source.id == "older-package"
    assert computed.usage_years == ("2022",)
    # The surrogate's 2022 downloads 5, 15, 30 share the 970.00.
    assert [line.usage_contribution for line in computed.lines] == [9700, 29100, 58200]


def test_without_a_policy_the_seeds_defaults_apply(tmp_path: Path) -> None:
    text = NO_USAGE + "usage:\n" + "".join(
        f'  "{y}": {{AAA: 1, BBB: 1, CCC: 1}}\n' for y in ("2019", "2020", "2021", "2022"))
    assert compute(tmp_path, files(text)).usage_years == ("2020", "2021", "2022")
    policy = {"policies/costs.yaml": "usage_years: 1\nfte_years: 1\n"}
    assert compute(tmp_path / "b", files(text, extra=policy)).usage_years == ("2022",)


def test_fte_as_of_the_contracts_first_year(tmp_path: Path) -> None:
    fte: dict[str, dict[str, int | str] | None] = {
        "AAA": {"2022": 100, "2023": 200, "2024": 900}, "BBB": {"2023": 100},
        "CCC": {"2023": 100}}
    text = COST_TEXT.replace('    invoice: "1000.00"\n',
                             '    invoice: "1000.00"\n    fte_as_of: "2023"\n')
    lines = {line.member: line for line in compute(tmp_path, files(text, fte=fte)).lines}
    assert lines["AAA"].fte == 150 and lines["AAA"].fte_years == ("2022", "2023")


def test_the_columns_and_the_lines_made_from_them_agree(tmp_path: Path) -> None:
    text = NO_USAGE + ('usage:\n  "2022": {AAA: 10, BBB: 30.5, CCC: 60}\n'
                       '  "2023": {AAA: 30, BBB: 10, CCC: 61}\n')
    computed = compute(tmp_path, files(text))
    lines = computed.lines
    assert computed.lines is lines  # made once, then kept
    assert list(computed.payments()) == [(line.member, line.pay_to_play, line.total)
                                         for line in lines]
    assert computed.invoice == sum(line.total for line in lines) == 100000
    assert computed.pay_to_play == sum(line.pay_to_play for line in lines)
    assert computed.usage_contribution == sum(line.usage_contribution for line in lines)
    assert computed.usage == sum((line.usage for line in lines), Fraction(0))
    assert computed.fte == sum((line.fte for line in lines), Fraction(0))
    assert lines[1].usage == Fraction(405, 20)  # (30.5 + 10) / 2, exactly


def test_a_column_too_large_for_a_machine_word_is_kept_exactly() -> None:
    from array import array

    from nzconfig.domain.costs.formula import _column

    assert _column([1, -2]) == array("q", [1, -2])
    huge = [1, 10**40]
    assert _column(huge) == (1, 10**40)
