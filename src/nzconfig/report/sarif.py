"""SARIF 2.1.0: one run, every check in the catalogue as a rule, every finding as a result.

Waived findings are included with an external suppression, as SARIF intends, so code
scanning shows them as dismissed rather than hiding that they exist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nzconfig import __version__
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.report.json import dumps

if TYPE_CHECKING:
    from nzconfig.engine.validate import Outcome

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTICE: "note"}


def report(outcome: Outcome) -> str:
    from nzconfig.rules import CATALOGUE

    index = {entry.id: i for i, entry in enumerate(CATALOGUE)}
    rules = []
    for entry in CATALOGUE:
        config = outcome.configs.get(entry.id)
        severity = config.severity if config is not None else entry.severity
        first = entry.doc.split("\n\n")[0].replace("\n", " ").strip() or entry.title
        rules.append({
            "id": entry.id,
            "name": entry.name,
            "shortDescription": {"text": entry.title},
            "fullDescription": {"text": first},
            "help": {"text": entry.doc or entry.title, "markdown": entry.doc or entry.title},
            "defaultConfiguration": {"level": LEVEL[severity]},
        })
    results = [_result(d, index) for d in outcome.diagnostics]
    results += [_result(d, index, waived=True) for d in outcome.waived]
    run = {
        "tool": {"driver": {
            "name": "nzconfig", "version": __version__, "semanticVersion": __version__,
            "rules": rules,
        }},
        "originalUriBaseIds": {"SRCROOT": {"description": {"text": "The nzconfig repository."}}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]})


def _result(d: Diagnostic, index: dict[str, int], *, waived: bool = False) -> dict[str, Any]:
    location: dict[str, Any] = {"artifactLocation": {"uri": d.file, "uriBaseId": "SRCROOT"}}
    if d.line:
        location["region"] = {"startLine": d.line, "startColumn": max(d.column, 1)}
    text = f"{d.message} (hint: {d.hint})" if d.hint else d.message
    result: dict[str, Any] = {"ruleId": d.rule}
    if d.rule in index:
        result["ruleIndex"] = index[d.rule]
    result.update({
        "level": LEVEL[d.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": location}],
    })
    properties = {k: v for k, v in (("pointer", d.pointer), ("collection", d.collection),
                                    ("member", d.member)) if v}
    if properties:
        result["properties"] = properties
    if waived:
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": "waived in policies/waivers.yaml"}]
    return result
