"""How a run ends: the exit codes, the one error type that means "the tool could not run"
(exit code 2), and Echo, where a library function's messages go."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from nzconfig.core.diagnostics import Diagnostic

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_CANNOT_RUN = 2


class Echo(Protocol):
    """Where a command's library function says things as it goes (``click.echo`` in the
    command; a list in a test): standard output, or standard error with ``err``."""

    def __call__(self, message: str, *, nl: bool = True, err: bool = False) -> None: ...


class FatalError(Exception):
    """Raised for bad arguments, a missing repository, or unreadable policies and schemas.

    ``diagnostics`` carries positioned findings when the cause is a bad file (a policy
    file that does not load, say), so the user still sees file, line and column.
    """

    def __init__(self, message: str, diagnostics: Sequence[Diagnostic] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.diagnostics = tuple(diagnostics)
