"""policies/rules.yaml: parameters must exist and have the type of their default."""

from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from tests.support.repos import run


def test_a_parameter_of_the_wrong_type_stops_the_run_at_its_line(tmp_path: Path) -> None:
    text = "rules:\n  NZ203:\n    params:\n      include_inactive: 'yes'\n"
    with pytest.raises(FatalError) as raised:
        run(tmp_path, {"policies/rules.yaml": text})
    [d] = raised.value.diagnostics
    assert (d.rule, d.file, d.line, d.column) == ("NZ016", "policies/rules.yaml", 4, 25)
    assert "true or false, not text" in d.message


def test_a_parameter_of_the_right_type_is_used(tmp_path: Path) -> None:
    text = "rules:\n  NZ203:\n    params:\n      include_inactive: true\n"
    assert run(tmp_path, {"policies/rules.yaml": text}).configs["NZ203"].params == {
        "include_inactive": True}
