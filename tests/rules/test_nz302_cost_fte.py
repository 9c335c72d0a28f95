from __future__ import annotations

from pathlib import Path

from tests.rules.costrepo import COST, COST_TEXT, MEMBER_COLUMNS, files
from tests.rules.policyrepo import found, run


def test_members_with_fte_pass(tmp_path: Path) -> None:
    assert found(tmp_path, files(), "NZ302") == []


def test_a_member_without_fte_is_an_error_at_its_code(tmp_path: Path) -> None:
    changed = files(fte={"CCC": None})
    assert found(tmp_path, changed, "NZ302") == [(COST, 8, MEMBER_COLUMNS["CCC"], "error")]
    [d] = [d for d in run(tmp_path, changed).diagnostics if d.rule == "NZ302"]
    assert "`CCC` has no FTE for 2024 or earlier" in d.message
    assert d.hint == 'add `fte: {"2024": ...}` to institutions/CCC.yaml'


def test_fte_of_a_later_year_only_does_not_count(tmp_path: Path) -> None:
    changed = files(fte={"BBB": {"2025": 100}})
    assert found(tmp_path, changed, "NZ302") == [(COST, 8, MEMBER_COLUMNS["BBB"], "error")]


def test_an_older_year_is_enough(tmp_path: Path) -> None:
    assert found(tmp_path, files(fte={"BBB": {"2019": 100}}), "NZ302") == []


def test_fte_as_of_a_later_year_is_an_error_at_it(tmp_path: Path) -> None:
    text = COST_TEXT.replace('    invoice: "1000.00"\n',
                             '    invoice: "1000.00"\n    fte_as_of: "2025"\n')
    assert found(tmp_path, files(text), "NZ302") == [(COST, 7, 16, "error")]
