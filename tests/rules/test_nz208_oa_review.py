from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from tests.rules.policyrepo import BASE, found, run

CSV = "data/oa-activations.csv"
IN_NZ = {"collections/doaj-tst.yaml": "name: DOAJ (TST)\ncz_name: DOAJ Directory\n"
         "managed_via: community_zone\naccess_type: open_access\nmembers: [AAA, BBB]\n"}
# Base thresholds: at least 3 members, Brief Level over 6.
ACTIVATIONS = """member,collection,brief_level
AAA,Open Books,7.5
BBB,Open Books,7.5
AAA,Few Books,8
BBB,Few Books,8
AAA,Poor Books,6
BBB,Poor Books,6
CCC,Poor Books,6
AAA,DOAJ Directory,9
BBB,doaj directory,9
CCC,DOAJ Directory,9
CCC,Open Books,7.5
"""


def test_no_candidates_below_the_thresholds_or_already_in_the_nz(tmp_path: Path) -> None:
    text = ACTIVATIONS.replace("CCC,Open Books,7.5\n", "")
    assert found(tmp_path, {**IN_NZ, CSV: text}, "NZ208") == []


def test_a_candidate_is_a_notice_at_its_first_row(tmp_path: Path) -> None:
    assert found(tmp_path, {**IN_NZ, CSV: ACTIVATIONS}, "NZ208") == [(CSV, 2, 5, "notice")]
    [d] = [d for d in run(tmp_path, {**IN_NZ, CSV: ACTIVATIONS}).diagnostics
           if d.rule == "NZ208"]
    assert "3 members (AAA, BBB, CCC)" in d.message and d.collection == "Open Books"


def test_the_thresholds_come_from_the_policy(tmp_path: Path) -> None:
    policy = BASE["policies/open-access.yaml"].replace(
        "  min_members: 3\n  brief_level_over: 6", "  min_members: 2\n  brief_level_over: 5")
    text = ACTIVATIONS.replace("CCC,Open Books,7.5\n", "")
    files = {**IN_NZ, CSV: text, "policies/open-access.yaml": policy}
    assert found(tmp_path, files, "NZ208") == [
        (CSV, 2, 5, "notice"), (CSV, 4, 5, "notice"), (CSV, 6, 5, "notice")]


def test_without_activation_data_the_review_does_not_run(tmp_path: Path) -> None:
    policy = BASE["policies/open-access.yaml"].replace(
        "  activations: data/oa-activations.csv\n", "")
    files = {CSV: ACTIVATIONS, "policies/open-access.yaml": policy}
    assert found(tmp_path, files, "NZ208") == []


@pytest.mark.parametrize(("text", "line", "column", "words"), [
    ("member,collection\nAAA,X\n", 1, 1, "missing column(s): brief_level"),
    ("member,collection,brief_level\nAAA,X,7\nAAX,X,7\n", 3, 1, "`AAX` is not a member"),
    ("member,collection,brief_level\nAAA,X,high\n", 2, 7, "is not a number"),
    ("member,collection,brief_level\nAAA,X,7\nBBB,X,8\n", 3, 7, "differs from 7 on line 2"),
])
def test_unreadable_activation_data_stops_the_run(tmp_path: Path, text: str, line: int,
                                                  column: int, words: str) -> None:
    with pytest.raises(FatalError) as raised:
        run(tmp_path, {CSV: text})
    [d] = raised.value.diagnostics
    assert (d.rule, d.file, d.line, d.column) == ("NZ905", CSV, line, column)
    assert words in d.message


def test_missing_activation_data_is_reported_at_the_policy(tmp_path: Path) -> None:
    policy = BASE["policies/open-access.yaml"].replace("oa-activations", "missing")
    with pytest.raises(FatalError) as raised:
        run(tmp_path, {"policies/open-access.yaml": policy})
    [d] = raised.value.diagnostics
    assert (d.rule, d.file, d.line, d.column) == ("NZ905", "policies/open-access.yaml", 6, 16)
