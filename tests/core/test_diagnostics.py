"""The Diagnostic record: its text line, its order, and the exit code of a list."""

from __future__ import annotations

from nzconfig.core.diagnostics import (
    Diagnostic,
    Severity,
    count_by_severity,
    exit_code,
    sort_diagnostics,
)
from nzconfig.core.errors import EXIT_FINDINGS, EXIT_OK


def _d(file: str, line: int, severity: Severity = Severity.ERROR, hint: str | None = None,
       ) -> Diagnostic:
    return Diagnostic("NZ151", severity, file, line, 3 if line else 0, "message", hint=hint)


def test_text_names_the_place_and_indents_the_hint() -> None:
    assert _d("a.yaml", 2, hint="do this").text() == (
        "a.yaml:2:3: error [NZ151] message\n    hint: do this")
    assert _d("a.yaml", 0).text() == "a.yaml: error [NZ151] message"  # the whole file


def test_sorted_by_file_then_position_without_repeats() -> None:
    found = sort_diagnostics([_d("b.yaml", 1), _d("a.yaml", 9), _d("a.yaml", 2), _d("a.yaml", 2)])
    assert [(d.file, d.line) for d in found] == [("a.yaml", 2), ("a.yaml", 9), ("b.yaml", 1)]


def test_exit_code_and_counts() -> None:
    warning = _d("a.yaml", 1, Severity.WARNING)
    assert exit_code([warning]) == EXIT_OK
    assert exit_code([warning], Severity.WARNING) == EXIT_FINDINGS
    assert count_by_severity([warning, warning])[Severity.WARNING] == 2
    assert Severity.parse("notice") is Severity.NOTICE and max(Severity) is Severity.ERROR


def test_a_finding_about_the_whole_file_is_at_its_first_line() -> None:
    d = Diagnostic.whole_file("NZ021", Severity.ERROR, "collections/x.yaml", "exists already")
    assert (d.line, d.column) == (1, 1)
    assert d.text() == "collections/x.yaml:1:1: error [NZ021] exists already"


def test_no_check_reports_a_position_of_zero() -> None:
    """One convention for 'the whole file' (line 1, column 1): no literal 0, 0 in src."""
    import re

    from tests.conftest import ROOT

    zero = re.compile(r"Diagnostic\([^)]*?, 0, 0[,)]", re.DOTALL)
    found = [p.name for p in (ROOT / "src").rglob("*.py") if zero.search(p.read_text())]
    assert found == []
