from __future__ import annotations

from pathlib import Path

from tests.rules.costrepo import COST, COST_TEXT, SURROGATE, SURROGATE_TEXT, files
from tests.rules.policyrepo import found, run

NO_USAGE = COST_TEXT.split("usage:\n")[0]


def test_usage_for_every_participant_passes(tmp_path: Path) -> None:
    assert found(tmp_path, files(), "NZ303") == []


def test_a_participant_missing_from_a_usage_year_is_an_error_at_the_year(
        tmp_path: Path) -> None:
    text = COST_TEXT.replace("BBB: 10, CCC: 10", "BBB: 10")
    assert found(tmp_path, files(text), "NZ303") == [(COST, 10, 3, "error")]
    [d] = [d for d in run(tmp_path, files(text)).diagnostics if d.rule == "NZ303"]
    assert d.message == "usage for 2023 has no figure for `CCC`, which takes part in 2024"


def test_usage_of_a_member_no_longer_taking_part_is_ignored(tmp_path: Path) -> None:
    text = COST_TEXT.replace("CCC: 10}", "CCC: 10, DDD: 99}")
    ddd = {"institutions/DDD.yaml": "code: DDD\n"}
    assert found(tmp_path / "a", files(text, extra=ddd), "NZ303") == []


def test_usage_for_a_code_that_is_no_institution_is_an_error(tmp_path: Path) -> None:
    text = COST_TEXT.replace("CCC: 10}", "CCC: 10, DDD: 99}")
    assert found(tmp_path, files(text), "NZ303") == [(COST, 10, 39, "error")]


def test_usage_of_the_fiscal_year_itself_is_not_history(tmp_path: Path) -> None:
    text = NO_USAGE + 'usage:\n  "2024": {AAA: 10, BBB: 10, CCC: 10}\n'
    assert found(tmp_path, files(text), "NZ303") == [(COST, 5, 3, "error")]


def test_no_usage_and_no_surrogate_is_an_error_at_the_year(tmp_path: Path) -> None:
    assert found(tmp_path, files(NO_USAGE), "NZ303") == [(COST, 5, 3, "error")]
    [d] = [d for d in run(tmp_path, files(NO_USAGE)).diagnostics if d.rule == "NZ303"]
    assert d.message == ("no usage before 2024 and no surrogate: the invoice cannot be divided "
                         "by usage")


def test_a_surrogate_missing_a_participants_usage_is_an_error_at_the_surrogate(
        tmp_path: Path) -> None:
    text = NO_USAGE + "    surrogate: older-package\n"
    older = SURROGATE_TEXT.replace(", CCC: 30", "")
    changed = files(text, extra={SURROGATE: older})
    # The surrogate's own year lacks CCC's usage too, and says so in its file.
    assert found(tmp_path, changed, "NZ303") == [(SURROGATE, 10, 3, "error"),
                                                 (COST, 9, 16, "error")]
