"""``path:line:col: severity [rule-id] message``, an indented hint, then one summary line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nzconfig.core.diagnostics import Severity, count_by_severity
from nzconfig.core.wording import plural

if TYPE_CHECKING:
    from nzconfig.engine.validate import Outcome


def report(outcome: Outcome) -> str:
    lines = [d.text() for d in outcome.diagnostics]
    lines.append(summary(outcome))
    return "\n".join(lines) + "\n"


def summary(outcome: Outcome) -> str:
    counts = count_by_severity(outcome.diagnostics)
    parts = [
        plural(counts[Severity.ERROR], "error"),
        plural(counts[Severity.WARNING], "warning"),
        plural(counts[Severity.NOTICE], "notice"),
    ]
    text = f"{', '.join(parts)} in {plural(len(outcome.files), 'file')}"
    if outcome.waived:
        text += f" ({plural(len(outcome.waived), 'finding')} waived)"
    return text
