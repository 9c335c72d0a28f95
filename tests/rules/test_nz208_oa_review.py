from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from tests.support.repos import POLICY_BASE, run

CSV = "data/oa-activations.csv"
# Base thresholds: at least 3 members, Brief Level over 6.


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
    policy = POLICY_BASE["policies/open-access.yaml"].replace("oa-activations", "missing")
    with pytest.raises(FatalError) as raised:
        run(tmp_path, {"policies/open-access.yaml": policy})
    [d] = raised.value.diagnostics
    assert (d.rule, d.file, d.line, d.column) == ("NZ905", "policies/open-access.yaml", 6, 16)
