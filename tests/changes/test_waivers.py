"""What a change does to waivers (changes.waivers)."""

from __future__ import annotations

from datetime import date
from typing import Any

from nzconfig.changes.waivers import Entry, compare, entries
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.loading.loader import Document

ON = date(2026, 1, 1)


def _doc(*waivers: Any) -> Document:
    return Document("policies/waivers.yaml", {"waivers": list(waivers)})


def _w(rule: str, reason: str = "why", expires: str = "2027-01-01", **targets: str,
       ) -> dict[str, str]:
    return {"rule": rule, **targets, "reason": reason, "expires": expires}


def _d(rule: str, collection: str, message: str = "m") -> Diagnostic:
    return Diagnostic(rule, Severity.ERROR, "collections/x.yaml", 2, 1, message,
                      collection=collection)


def test_entries_keep_targets_in_order_and_skip_what_is_not_a_mapping() -> None:
    doc = _doc({"file": "f.yaml", "rule": "NZ1", "collection": "C", "member": None,
                "reason": "r", "expires": "2027-01-01"}, "junk", 3)
    assert entries(doc) == [Entry("NZ1", (("collection", "C"), ("file", "f.yaml")), "r",
                                  "2027-01-01")]
    assert entries(None) == [] and entries(Document("w.yaml", {})) == []


def test_entry_target_match_and_expiry() -> None:
    entry = Entry("NZ1", (("collection", "C"),), "r", "2025-12-31")
    assert entry.target == "collection: C"
    assert Entry("NZ1", (), "r", "x").target == "everything"
    assert entry.matches(_d("NZ1", "C")) and not entry.matches(_d("NZ1", "D"))
    assert not entry.matches(_d("NZ2", "C"))
    assert entry.expired(ON) and not entry.expired(date(2025, 12, 31))
    assert not Entry("NZ1", (), "r", "not a date").expired(ON)


def test_added_changed_removed_and_expired() -> None:
    base = _doc(_w("NZ1", collection="A"), _w("NZ2", collection="B"))
    head = _doc(_w("NZ1", "other reason", collection="A"), _w("NZ3", collection="C"),
                _w("NZ4", expires="2025-01-01", collection="D"))
    result = compare(base, head, [], [], {}, {}, ON)
    assert [e.rule for e in result.added] == ["NZ3", "NZ4"]
    assert [(c.before.reason, c.after.reason) for c in result.changed] == [
        ("why", "other reason")]
    assert [e.rule for e in result.removed] == ["NZ2"]
    assert [e.rule for e in result.expired] == ["NZ4"]
    assert not result.empty


def test_a_finding_waived_on_both_sides_is_not_newly_waived() -> None:
    head = _doc(_w("NZ1", collection="New"))
    result = compare(head, head, [_d("NZ1", "Old")], [_d("NZ1", "New"), _d("NZ1", "Other")],
                     {}, {"Old": "New"}, ON)
    assert [w.finding.collection for w in result.newly_waived] == ["Other"]
    assert result.newly_waived[0].by is None  # no entry targets "Other"


def test_newly_waived_findings_name_their_waiver_and_sort_by_collection() -> None:
    head = _doc(_w("NZ1", "for b", collection="b"), _w("NZ1", "for A", collection="A"))
    result = compare(None, head, [], [_d("NZ1", "b"), _d("NZ1", "A")], {}, {}, ON)
    assert [(w.finding.collection, w.by.reason if w.by else None)
            for w in result.newly_waived] == [("A", "for A"), ("b", "for b")]


def test_nothing_changed_is_empty() -> None:
    doc = _doc(_w("NZ1", collection="A"))
    assert compare(doc, doc, [], [], {}, {}, ON).empty
