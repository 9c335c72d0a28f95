"""``path:line:col: severity [rule-id] message``, an indented hint, then one summary line.

Errors and warnings need action, so each has its line. Notices say what cannot be checked,
and one rule's notices are usually one fact about many files ("linking not recorded" on 77
collections): a rule with several notices gets one line, with how many and which.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nzconfig.core.diagnostics import Diagnostic, Severity, count_by_severity
from nzconfig.core.markup import visible
from nzconfig.core.wording import plural

if TYPE_CHECKING:
    from nzconfig.engine.validate import Outcome

NAMED = 5  # targets named on a grouped line


def report(outcome: Outcome) -> str:
    notices: dict[str, list[Diagnostic]] = {}
    for d in outcome.diagnostics:
        if d.severity == Severity.NOTICE:
            notices.setdefault(d.rule, []).append(d)
    lines = []
    for d in outcome.diagnostics:
        if d.severity != Severity.NOTICE or len(notices[d.rule]) == 1:
            lines.append(d.text())
    lines += [grouped(found) for rule, found in sorted(notices.items()) if len(found) > 1]
    lines.append(summary(outcome))
    return "\n".join(lines) + "\n"


def grouped(found: list[Diagnostic]) -> str:
    """One line for one rule's notices: how many, about what, and the message once."""
    first = found[0]
    if all(d.collection for d in found):
        noun, names = "collection", [d.collection or "" for d in found]
    elif all(d.member for d in found):
        noun, names = "member", [d.member or "" for d in found]
    else:
        noun, names = "file", [d.file for d in found]
    names = sorted(set(names), key=lambda n: (n.casefold(), n))
    message = (first.message if all(d.message == first.message for d in found)
               else f"{first.message} (and {len(found) - 1} more like it)")
    # Names are data: a newline or a bidi control in one would forge or reorder the report.
    shown = "; ".join(visible(n) for n in names[:NAMED]) + ("; …" if len(names) > NAMED else "")
    line = (f"{first.severity.label} [{first.rule}] {plural(len(names), noun)}: {message}\n"
            f"    {noun}s: {shown}")
    if first.hint:
        same = all(d.hint == first.hint for d in found)
        line += f"\n    hint{'' if same else ' (for the first)'}: {first.hint}"
    return line + "\n    each one: `nzconfig validate --format json`"


def summary(outcome: Outcome) -> str:
    counts = count_by_severity(outcome.diagnostics)
    parts = [
        plural(counts[Severity.ERROR], "error"),
        plural(counts[Severity.WARNING], "warning"),
        plural(counts[Severity.NOTICE], "notice"),
    ]
    text = f"{', '.join(parts)} in {plural(len(outcome.files), 'file')}"
    notes = []
    if outcome.waived:
        notes.append(f"{plural(len(outcome.waived), 'finding')} waived")
    if outcome.hidden:
        notes.append(f"{plural(outcome.hidden, 'finding')} below --min-severity not shown")
    return text + (f" ({'; '.join(notes)})" if notes else "")
