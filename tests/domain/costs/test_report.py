"""What `nzconfig cost` prints, as a library call (domain.costs.report.cost_report)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.core.diagnostics import Diagnostic
from nzconfig.core.errors import FatalError
from nzconfig.domain.costs.report import CANNOT, CostReport, cost_report
from nzconfig.engine.validate import Outcome
from nzconfig.rules.cost_explain import explain
from tests.rules.costrepo import COST, COST_TEXT, files
from tests.support.repos import run


def _outcome(tmp_path: Path, text: str = COST_TEXT) -> Outcome:
    return run(tmp_path, files(text))


def _report(outcome: Outcome, diagnostics: list[Diagnostic] | None, resource: str | None,
            year: str | None, format_: str) -> CostReport:
    found = outcome.diagnostics if diagnostics is None else diagnostics
    return cost_report(outcome.network, found, resource, year, format_, explain)


def test_a_resource_in_each_format(tmp_path: Path) -> None:
    outcome = _outcome(tmp_path)
    for format_, start in (("text", "Test Package: cost shares"), ("csv", "Institution,FTE"),
                           ("json", "{")):
        got = _report(outcome, None, "test-package", None, format_)
        assert got.text is not None and got.text.startswith(start)
        assert got.findings == []


def test_the_consortium_in_each_format(tmp_path: Path) -> None:
    outcome = _outcome(tmp_path)
    starts = {"text": "Shared resource costs", "csv": "Currency,", "json": "{"}
    for format_, start in starts.items():
        got = _report(outcome, None, None, "2024", format_)
        assert got.text is not None and got.text.startswith(start)


def test_an_error_on_the_file_stops_the_table(tmp_path: Path) -> None:
    outcome = _outcome(tmp_path, COST_TEXT.replace('"0.10"', '"5"'))
    got = _report(outcome, None, "test-package", None, "text")
    assert got.text is None
    assert [(d.rule, d.file, d.line) for d in got.findings] == [("NZ305", COST, 7)]
    assert CANNOT == "the cost shares cannot be computed; fix the errors above"


def test_the_formulas_problems_are_errors_when_validation_said_nothing(tmp_path: Path) -> None:
    outcome = _outcome(tmp_path, COST_TEXT.replace('"0.10"', '"5"'))
    got = _report(outcome, [], "test-package", None, "text")  # rule switched off
    assert got.text is None
    assert [(d.rule, d.severity.label) for d in got.findings] == [("NZ305", "error")]


def test_a_cost_file_that_broke_its_schema_is_named_not_unknown(tmp_path: Path) -> None:
    outcome = _outcome(tmp_path, COST_TEXT.replace("currency: USD\n", ""))
    got = _report(outcome, None, "test-package", None, "text")
    assert got.text is None and {d.file for d in got.findings} == {COST}
    whole = _report(outcome, None, None, None, "text")
    assert whole.text is None and {d.file for d in whole.findings} == {COST}


def test_an_unknown_resource_cannot_run(tmp_path: Path) -> None:
    outcome = _outcome(tmp_path)
    with pytest.raises(FatalError, match="no shared resource `nope`"):
        _report(outcome, None, "nope", None, "text")
