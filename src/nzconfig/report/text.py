"""``path:line:col: severity [rule-id] message``, an indented hint, then one summary line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nzconfig.core.diagnostics import Severity, count_by_severity

if TYPE_CHECKING:
    from nzconfig.engine.validate import Outcome


def report(outcome: Outcome) -> str:
    lines = [d.text() for d in outcome.diagnostics]
    lines.append(summary(outcome))
    return "\n".join(lines) + "\n"


def summary(outcome: Outcome) -> str:
    counts = count_by_severity(outcome.diagnostics)
    parts = [
        _plural(counts[Severity.ERROR], "error"),
        _plural(counts[Severity.WARNING], "warning"),
        _plural(counts[Severity.NOTICE], "notice"),
    ]
    text = f"{', '.join(parts)} in {_plural(outcome.files, 'file')}"
    if outcome.waived:
        text += f" ({_plural(len(outcome.waived), 'finding')} waived)"
    return text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
