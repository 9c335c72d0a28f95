from __future__ import annotations

from pathlib import Path

from tests.rules.costrepo import COST, COST_TEXT, files
from tests.rules.policyrepo import found, run


def test_known_members_listed_once_pass(tmp_path: Path) -> None:
    assert found(tmp_path, files(), "NZ301") == []


def test_an_unknown_member_is_an_error_at_its_code(tmp_path: Path) -> None:
    text = COST_TEXT.replace("[AAA, BBB, CCC]", "[AAA, BBB, CCC, DDD]")
    assert found(tmp_path, files(text), "NZ301") == [(COST, 8, 30, "error")]
    [d] = [d for d in run(tmp_path, files(text)).diagnostics if d.rule == "NZ301"]
    assert d.message == "`DDD` is not a member institution (no institutions/DDD.yaml)"
    assert d.member == "DDD"


def test_a_member_listed_twice_is_an_error_at_the_second(tmp_path: Path) -> None:
    text = COST_TEXT.replace("[AAA, BBB, CCC]", "[AAA, BBB, CCC, AAA]")
    assert found(tmp_path, files(text), "NZ301") == [(COST, 8, 30, "error")]
