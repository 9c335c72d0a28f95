from __future__ import annotations

from pathlib import Path

from tests.rules.costrepo import COST, COST_TEXT, SURROGATE, SURROGATE_TEXT, files
from tests.rules.policyrepo import found, run

FIRST_YEAR = COST_TEXT.split("usage:\n")[0] + "    surrogate: older-package\n"


def _message(tmp_path: Path, changed: dict[str, str]) -> str:
    [d] = [d for d in run(tmp_path, changed).diagnostics if d.rule == "NZ304"]
    return d.message


def test_a_surrogate_with_the_same_members_passes(tmp_path: Path) -> None:
    assert found(tmp_path, files(FIRST_YEAR, extra={SURROGATE: SURROGATE_TEXT}), "NZ304") == []


def test_different_members_are_an_error_naming_them(tmp_path: Path) -> None:
    older = SURROGATE_TEXT.replace("[AAA, BBB, CCC]", "[AAA, BBB, DDD]").replace(
        "CCC: 30", "CCC: 30, DDD: 1")
    changed = files(FIRST_YEAR, extra={SURROGATE: older})
    assert found(tmp_path, changed, "NZ304") == [(COST, 9, 16, "error")]
    assert _message(tmp_path, changed) == (
        "surrogate `older-package` (2023) does not have the same participating members "
        "(only here: CCC; only in `older-package`: DDD)")


def test_a_surrogate_with_fewer_members_is_an_error(tmp_path: Path) -> None:
    older = SURROGATE_TEXT.replace("[AAA, BBB, CCC]", "[AAA, BBB]")
    changed = files(FIRST_YEAR, extra={SURROGATE: older})
    assert "(only here: CCC)" in _message(tmp_path, changed)


def test_an_unknown_surrogate_is_an_error(tmp_path: Path) -> None:
    changed = files(FIRST_YEAR.replace("older-package", "no-such-package"),
                    extra={SURROGATE: SURROGATE_TEXT})
    assert found(tmp_path, changed, "NZ304") == [(COST, 9, 16, "error")]
    assert _message(tmp_path, changed).startswith("surrogate `no-such-package` is not another")


def test_a_surrogate_without_usage_of_its_own_is_an_error(tmp_path: Path) -> None:
    older = SURROGATE_TEXT.split("usage:\n")[0]
    changed = files(FIRST_YEAR, extra={SURROGATE: older})
    assert ("NZ304", "surrogate `older-package` has no usage before 2024 of its own") in {
        (d.rule, d.message) for d in run(tmp_path, changed).diagnostics}


def test_a_surrogate_after_the_first_year_is_an_error_at_its_key(tmp_path: Path) -> None:
    text = COST_TEXT.replace("    members: [AAA, BBB, CCC]\n",
                             "    members: [AAA, BBB, CCC]\n    surrogate: older-package\n")
    changed = files(text, extra={SURROGATE: SURROGATE_TEXT})
    assert found(tmp_path, changed, "NZ304") == [(COST, 9, 5, "error")]
