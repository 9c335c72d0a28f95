"""A versioned JSON document: every finding, the waived ones apart, and a summary.

The structure is documented in docs/formats.md. ``VERSION`` changes only when a key is
removed or changes meaning; new keys may appear within a version.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from nzconfig import __version__
from nzconfig.core.diagnostics import Diagnostic, Severity, count_by_severity

if TYPE_CHECKING:
    from nzconfig.engine.validate import Outcome

VERSION = 1


def report(outcome: Outcome) -> str:
    counts = count_by_severity(outcome.diagnostics)
    document = {
        "version": VERSION,
        "tool": {"name": "nzconfig", "version": __version__},
        "summary": {
            "files": len(outcome.files),
            "errors": counts[Severity.ERROR],
            "warnings": counts[Severity.WARNING],
            "notices": counts[Severity.NOTICE],
            "waived": len(outcome.waived),
        },
        "diagnostics": [diagnostic_data(d) for d in outcome.diagnostics],
        "waived": [diagnostic_data(d) for d in outcome.waived],
    }
    return dumps(document)


def diagnostic_data(d: Diagnostic) -> dict[str, Any]:
    """One diagnostic as JSON data (also used by ``nzconfig diff --format json``)."""
    return {
        "rule": d.rule,
        "severity": d.severity.label,
        "file": d.file,
        "line": d.line,
        "column": d.column,
        "pointer": d.pointer,
        "message": d.message,
        "hint": d.hint,
        "collection": d.collection,
        "member": d.member,
    }


def dumps(document: Any) -> str:
    # default=str: YAML numbers load as Decimal, and the diff's field values may hold them.
    return json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"
