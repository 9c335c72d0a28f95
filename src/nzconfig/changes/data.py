"""The change as JSON data (``nzconfig diff --format json``): what the Markdown says."""

from __future__ import annotations

from typing import Any

from nzconfig.changes.analysis import Analysis
from nzconfig.changes.compare import CollectionChange
from nzconfig.changes.waivers import Entry
from nzconfig.report.json import diagnostic_data, dumps

VERSION = 1


def json_text(analysis: Analysis) -> str:
    """``nzconfig diff --format json``: the document below, as text."""
    return dumps(document(analysis))


def document(analysis: Analysis) -> dict[str, Any]:
    changes, found = analysis.changes, analysis.findings
    return {
        "version": VERSION,
        "base": analysis.base.label,
        "head": analysis.head.label,
        "collections": [_collection(c) for c in changes.collections],
        "access": {member: {"gains": g, "loses": lo}
                   for member, (g, lo) in changes.access().items()},
        "institutions": {"added": changes.institutions_added,
                         "removed": changes.institutions_removed,
                         "changed": changes.institutions_changed},
        "policies": [{"file": p.file, "change": p.kind, "keys": list(p.keys)}
                     for p in changes.policies],
        "findings": {
            "introduced": [diagnostic_data(d) for d in found.introduced],
            "fixed": [diagnostic_data(d) for d in found.fixed],
            "present": [diagnostic_data(d) for d in found.present],
            "new_errors": len(found.new_errors()),
        },
        "waivers": {
            "newly_waived": [{**diagnostic_data(w.finding),
                              "waiver": _entry(w.by) if w.by else None}
                             for w in analysis.waivers.newly_waived],
            "added": [_entry(e) for e in analysis.waivers.added],
            "changed": [{"before": _entry(c.before), "after": _entry(c.after)}
                        for c in analysis.waivers.changed],
            "removed": [_entry(e) for e in analysis.waivers.removed],
            "expired": [_entry(e) for e in analysis.waivers.expired],
        },
    }


def _entry(e: Entry) -> dict[str, Any]:
    return {"rule": e.rule, **dict(e.targets), "reason": e.reason, "expires": e.expires}


def _collection(c: CollectionChange) -> dict[str, Any]:
    def side(x: Any) -> dict[str, Any] | None:
        if x is None:
            return None
        return {"name": x.name, "file": x.doc.file, "status": x.status,
                "members": sorted(x.members)}

    gains, loses = c.access()
    return {
        "change": c.kind,
        "name": c.name,
        "before": side(c.before),
        "after": side(c.after),
        "fields": [{"key": f.key, "before": f.before, "after": f.after} for f in c.fields],
        "group_settings": {"added": list(c.added_members), "removed": list(c.removed_members)},
        "access": {"gains": sorted(gains), "loses": sorted(loses)},
        "cdi": [{"member": x.member, "setting": x.setting, "before": x.before, "after": x.after,
                 "reason": x.reason} for x in c.cdi],
    }
