"""The Markdown summary of a change, fit for a pull-request comment."""

from __future__ import annotations

from collections.abc import Sequence

from nzconfig.changes.analysis import Analysis
from nzconfig.changes.compare import CollectionChange
from nzconfig.changes.waivers import Entry, WaiverChanges
from nzconfig.changes.words import code, message, value
from nzconfig.core.diagnostics import Diagnostic
from nzconfig.core.markup import markdown as md
from nzconfig.core.wording import cdi_value, plural
from nzconfig.domain.cdi import LABELS

MARKER = "<!-- nzconfig diff -->"  # lets CI find and update its own comment
# A pull-request comment holds at most 65,536 characters: long lists are cut, and say so.
MAX_ROWS = 200


def render(analysis: Analysis) -> str:
    changes, found = analysis.changes, analysis.findings
    out = [MARKER, f"## nzconfig: {md(analysis.base.label)} → {md(analysis.head.label)}", ""]
    out.append(_headline(analysis))
    out.append("")
    if changes.collections:
        out += ["### Collections", ""]
        out += [f"- {line}" for c in changes.collections for line in _collection(c)]
        out.append("")
    access = changes.access()
    if access:
        out += ["### Access per member", "", "| Member | Gains access to | Loses access to |",
                "| --- | --- | --- |"]
        for member, (gains, loses) in access.items():
            out.append(f"| {md(member)} | {_names(gains)} | {_names(loses)} |")
        out.append("")
    cdi = [(c, x) for c in changes.collections for x in c.cdi]
    if cdi:
        out += ["### CDI settings", "", "| Collection | Member | Setting | Before | After |",
                "| --- | --- | --- | --- | --- |"]
        for c, x in cdi[:MAX_ROWS]:
            after = cdi_value(x.setting, x.after)
            if x.reason:
                after += f" (override: {md(x.reason)})"
            out.append(f"| {md(c.name)} | {md(x.member)} | {md(LABELS[x.setting])} | "
                       f"{cdi_value(x.setting, x.before)} | {after} |")
        out += _more(len(cdi))
        out.append("")
    others = _institutions_and_policies(analysis)
    if others:
        out += ["### Institutions and policies", "", *others, ""]
    out += _findings(found.introduced, found.fixed, found.present)
    out += _waivers(analysis.waivers)
    return "\n".join(out).rstrip("\n") + "\n"


def _headline(analysis: Analysis) -> str:
    changes, found = analysis.changes, analysis.findings
    parts = []
    if changes.empty:
        parts.append("No change to the shared configuration")
    kinds = [c.kind for c in changes.collections]
    if kinds:
        counts = ", ".join(f"{kinds.count(k)} {k}" for k in ("added", "removed", "renamed",
                                                              "changed") if k in kinds)
        parts.append(f"Collections: {counts}")
    access = changes.access()
    if access:
        gaining = sum(1 for g, _ in access.values() if g)
        losing = sum(1 for _, lo in access.values() if lo)
        parts.append(f"{plural(gaining, 'member')} gaining access, {losing} losing access")
    new_errors = len(found.new_errors())
    parts.append(f"**{plural(new_errors, 'new error')}**, "
                 f"{plural(len(found.introduced) - new_errors, 'other new finding')}, "
                 f"{len(found.fixed)} fixed, {len(found.present)} already present")
    if analysis.waivers.newly_waived:
        parts.append(f"**{plural(len(analysis.waivers.newly_waived), 'finding')} newly "
                     "waived**")
    return " · ".join(parts) + "."


def _collection(c: CollectionChange) -> list[str]:
    name = f"**{md(c.name)}**"
    lines = []
    if c.kind == "added" and c.after is not None:
        lines.append(f"Added {name} ({code(c.after.doc.file)}), {md(c.after.status)}, "
                     f"for {_members(c.after.members)}")
    elif c.kind == "removed" and c.before is not None:
        lines.append(f"Removed {name} ({code(c.before.doc.file)}), which was "
                     f"{md(c.before.status)} for {_members(c.before.members)}")
        return lines
    elif c.before is not None and c.after is not None:
        if c.kind == "renamed":
            if c.before.name != c.after.name:
                lines.append(f"Renamed **{md(c.before.name)}** → {name}")
            if c.before.doc.file != c.after.doc.file:
                lines.append(f"Moved {name}: {code(c.before.doc.file)} → "
                             f"{code(c.after.doc.file)}")
        if c.status_changed:
            lines.append(f"Status of {name}: {md(c.before.status)} → {md(c.after.status)}")
        if c.added_members:
            lines.append(f"Group Settings of {name}: adds {_members(c.added_members)}")
        if c.removed_members:
            lines.append(f"Group Settings of {name}: removes {_members(c.removed_members)}")
        for f in c.fields:
            lines.append(f"{name}: {code(f.key)} {md(value(f.before))} → {md(value(f.after))}")
    if not lines:
        lines.append(f"{name}: CDI settings only (below)")
    return lines


def _institutions_and_policies(analysis: Analysis) -> list[str]:
    changes = analysis.changes
    lines = []
    if changes.institutions_added:
        lines.append("- Institutions added: " + _members(changes.institutions_added))
    if changes.institutions_removed:
        lines.append("- Institutions removed: " + _members(changes.institutions_removed))
    if changes.institutions_changed:
        lines.append("- Institution files changed: " + _members(changes.institutions_changed))
    for p in changes.policies:
        keys = f": {', '.join(code(k) for k in p.keys)}" if p.keys else ""
        lines.append(f"- Policy file {code(p.file)} {p.kind}{keys}")
    return lines


def _findings(introduced: list[Diagnostic], fixed: list[Diagnostic],
              present: list[Diagnostic]) -> list[str]:
    out = ["### Findings", ""]
    if not (introduced or fixed or present):
        return [*out, "No findings on either side."]
    for title, items in (("Introduced by this change", introduced), ("Fixed", fixed)):
        if items:
            out += [f"**{title}**", "", *(_finding(d) for d in items[:MAX_ROWS]),
                    *_more(len(items)), ""]
    if present:
        out += [f"<details><summary>{plural(len(present), 'finding')} already present"
                "</summary>", "", *(_finding(d) for d in present[:MAX_ROWS]),
                *_more(len(present)), "", "</details>"]
    return out


def _waivers(w: WaiverChanges) -> list[str]:
    if w.empty:
        return []
    out = ["", "### Waivers", ""]
    if w.newly_waived:
        out += ["**Newly waived**: findings not reported because of a waiver", ""]
        for x in w.newly_waived[:MAX_ROWS]:
            by = (f" — waived: {md(x.by.reason)} (until {md(x.by.expires)})" if x.by else "")
            out.append(f"{_finding(x.finding)}{by}")
        out += [*_more(len(w.newly_waived)), ""]
    for title, items in (("Waivers added", w.added), ("Waivers removed", w.removed),
                         ("Waivers expired (errors until renewed or removed)", w.expired)):
        if items:
            out += [f"**{title}**", "", *(_entry(e) for e in items), ""]
    if w.changed:
        out += ["**Waivers changed**", ""]
        for c in w.changed:
            parts = []
            if c.before.reason != c.after.reason:
                parts.append(f"reason {md(c.before.reason)} → {md(c.after.reason)}")
            if c.before.expires != c.after.expires:
                parts.append(f"expires {md(c.before.expires)} → {md(c.after.expires)}")
            out.append(f"- {code(c.after.rule)} for {md(c.after.target)}: {'; '.join(parts)}")
        out.append("")
    return out[:-1] if out[-1] == "" else out


def _entry(e: Entry) -> str:
    return f"- {code(e.rule)} for {md(e.target)}, until {md(e.expires)}: {md(e.reason)}"


def _more(total: int) -> list[str]:
    if total <= MAX_ROWS:
        return []
    return ["", f"… and {total - MAX_ROWS} more (all of them: `nzconfig diff --format json`)"]


def _finding(d: Diagnostic) -> str:
    return f"- {code(d.location())} {d.severity.label} {code(d.rule)}: {message(d.message)}"


def _members(codes: Sequence[str]) -> str:
    return ", ".join(md(c) for c in codes) or "no member"


def _names(names: list[str]) -> str:
    return "; ".join(md(n) for n in names) or "—"
