"""The plan as a Markdown checklist (``nzconfig plan``), grouped by collection, in order."""

from __future__ import annotations

from nzconfig.changes.analysis import Analysis
from nzconfig.changes.plan import Step, steps
from nzconfig.core.markup import markdown as md


def render(analysis: Analysis) -> str:
    plan = steps(analysis.changes)
    out = [f"# Alma plan: {md(analysis.base.label)} → {md(analysis.head.label)}", ""]
    if not plan:
        out.append("Nothing to do in Alma.")
    current = None
    for number, step in enumerate(plan, 1):
        if step.collection != current:
            current = step.collection
            out += ["", f"## {md(current) if current else 'Member institutions'}", ""]
        out.append(f"- [ ] {number}. **{md(step.where)}**: {md(step.action)}")
    policies = analysis.changes.policies
    if policies:
        out += ["", "## Policies", "",
                "Changed policy files need no Alma step of their own; the steps above "
                "include their effect: " + ", ".join(md(p.file) for p in policies) + "."]
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


def data(plan: list[Step]) -> list[dict[str, str]]:
    return [{"collection": s.collection, "where": s.where, "action": s.action} for s in plan]


def json_text(analysis: Analysis) -> str:
    """The plan as versioned JSON (``nzconfig plan --format json``, docs/formats.md)."""
    from nzconfig.report.json import dumps

    return dumps({"version": 1, "base": analysis.base.label, "head": analysis.head.label,
                  "steps": data(steps(analysis.changes))})
