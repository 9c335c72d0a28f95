"""The one record every finding becomes, and the exit code derived from a list of them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from nzconfig.core.markup import visible


class Severity(IntEnum):
    """Ordered so that ``max()`` of a list gives the worst one."""

    NOTICE = 0
    WARNING = 1
    ERROR = 2

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.upper()]


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A finding at a place in a file.

    ``line`` and ``column`` are 1-based. A finding about the file as a whole is at line 1,
    column 1 (``whole_file``), so that annotations can show it; 0 (no position) is only read,
    for findings of other tools.
    ``collection`` and ``member`` name what the finding is about, so that waivers can
    target it; they are not printed in the text format.
    """

    rule: str
    severity: Severity
    file: str
    line: int
    column: int
    message: str
    pointer: str = ""
    hint: str | None = None
    collection: str | None = None
    member: str | None = None

    def __post_init__(self) -> None:
        # Messages and the names a finding carries quote data: a newline would forge a report
        # line, a bidi control reorder it. Every output shows them as escapes (``\x0a``,
        # ``\u202e``); a name without such characters is unchanged.
        for name in ("message", "hint", "collection", "member"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, visible(value))

    @classmethod
    def whole_file(cls, rule: str, severity: Severity, file: str, message: str,
                   hint: str | None = None) -> Diagnostic:
        """A finding about ``file`` as a whole, at its first line and column."""
        return cls(rule, severity, file, 1, 1, message, hint=hint)

    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        return (self.file, self.line, self.column, self.rule, self.message, self.pointer)

    def text(self) -> str:
        """The text-format line, and the hint indented below it."""
        line = f"{self.location()}: {self.severity.label} [{self.rule}] {self.message}"
        return f"{line}\n    hint: {self.hint}" if self.hint else line

    def location(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column}"
        return self.file


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Deterministic order: by file, position, rule, then message; duplicates dropped."""
    return sorted(set(diagnostics), key=Diagnostic.sort_key)


def exit_code(diagnostics: Iterable[Diagnostic], fail_on: Severity = Severity.ERROR) -> int:
    """0 when nothing reaches ``fail_on``, 1 otherwise (2 is reserved for FatalError)."""
    return 1 if any(d.severity >= fail_on for d in diagnostics) else 0


def count_by_severity(diagnostics: Iterable[Diagnostic]) -> dict[Severity, int]:
    counts = dict.fromkeys(Severity, 0)
    for d in diagnostics:
        counts[d.severity] += 1
    return counts
