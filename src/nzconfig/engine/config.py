"""Rule configuration from ``policies/rules.yaml``: enable, severity and parameters per rule.

The file's shape is checked by its JSON Schema; this module checks what a schema cannot:
that every rule id and parameter named exists. Problems are diagnostics with positions;
the caller treats them as "the tool cannot run" (exit 2).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from nzconfig.core.catalog import BAD_POLICY
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.wording import did_you_mean
from nzconfig.loading.loader import Document
from nzconfig.rules import BY_ID, Rule


@dataclass(frozen=True, slots=True)
class RuleConfig:
    enabled: bool
    severity: Severity
    params: Mapping[str, Any]


def rule_configs(doc: Document | None) -> tuple[dict[str, RuleConfig], list[Diagnostic]]:
    """The effective configuration of every registered rule."""
    settings: Mapping[str, Any] = doc.data.get("rules", {}) if doc is not None else {}
    problems: list[Diagnostic] = []
    configs: dict[str, RuleConfig] = {}
    for rule_id in settings:
        if rule_id not in BY_ID and doc is not None:
            problems.append(doc.diagnostic(
                BAD_POLICY, Severity.ERROR, ("rules", rule_id), f"no rule has the id `{rule_id}`",
                did_you_mean(rule_id, BY_ID) or "`nzconfig rules` lists them",
                at_key=True,
            ))
    for rule in BY_ID.values():
        entry = settings.get(rule.ID, {})
        fixed = [key for key in ("enabled", "severity") if key in entry]
        if rule.FIXED and fixed and doc is not None:
            # A pull request could otherwise switch off the check that catches it.
            problems.append(doc.diagnostic(
                BAD_POLICY, Severity.ERROR, ("rules", rule.ID, fixed[0]),
                f"{rule.ID} guards the repository's integrity: it cannot be turned off or "
                "given another severity", f"remove `{fixed[0]}` from {rule.ID}", at_key=True))
            entry = {}
        params = dict(rule.PARAMS)
        for name, value in (entry.get("params") or {}).items():
            if name not in rule.PARAMS and doc is not None:
                problems.append(_unknown_param(doc, rule, name))
                continue
            expected = _kind(rule.PARAMS[name])
            if expected is not None and _kind(value) != expected and doc is not None:
                problems.append(doc.diagnostic(
                    BAD_POLICY, Severity.ERROR, ("rules", rule.ID, "params", name),
                    f"parameter `{name}` of {rule.ID} should be {expected}, not "
                    f"{_kind(value) or 'empty'}", f"its default: {rule.PARAMS[name]!r}"))
                continue
            params[name] = value
        severity = Severity.parse(entry["severity"]) if "severity" in entry else rule.SEVERITY
        configs[rule.ID] = RuleConfig(entry.get("enabled", True), severity, params)
    return configs, problems


def _kind(value: Any) -> str | None:
    """What a parameter value is, in the words of the message; None accepts anything."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float | Decimal):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, Mapping):
        return "a mapping"
    return None


def _unknown_param(doc: Document, rule: Rule, name: str) -> Diagnostic:
    known = sorted(rule.PARAMS)
    hint = did_you_mean(name, known) or (
        "its parameters: " + ", ".join(known) if known else "it takes no parameters")
    return doc.diagnostic(BAD_POLICY, Severity.ERROR, ("rules", rule.ID, "params", name),
                          f"rule {rule.ID} has no parameter `{name}`", hint, at_key=True)
