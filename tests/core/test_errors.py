"""FatalError carries its message and the positioned findings that caused it."""

from __future__ import annotations

from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.errors import EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK, FatalError


def test_fatal_error_keeps_its_diagnostics() -> None:
    cause = Diagnostic("NZ016", Severity.ERROR, "policies/rules.yaml", 2, 3, "bad")
    error = FatalError("the policy files have errors", [cause])
    assert error.message == str(error) == "the policy files have errors"
    assert error.diagnostics == (cause,)


def test_the_exit_codes_are_documented_ones() -> None:
    assert (EXIT_OK, EXIT_FINDINGS, EXIT_CANNOT_RUN) == (0, 1, 2)
