"""Findings a change introduces, fixes or leaves (changes.findings.compare)."""

from __future__ import annotations

from nzconfig.changes.findings import compare
from nzconfig.core.diagnostics import Diagnostic, Severity


def _d(message: str, file: str = "collections/a.yaml", line: int = 3,
       severity: Severity = Severity.ERROR, rule: str = "NZ151",
       collection: str | None = "A", member: str | None = None) -> Diagnostic:
    return Diagnostic(rule, severity, file, line, 1, message, collection=collection,
                      member=member)


def test_a_finding_on_another_line_is_the_same_finding() -> None:
    diff = compare([_d("bad", line=3)], [_d("bad", line=9)], {}, {})
    assert (diff.introduced, diff.fixed) == ([], [])
    assert [d.line for d in diff.present] == [9]


def test_introduced_and_fixed() -> None:
    diff = compare([_d("old")], [_d("new")], {}, {})
    assert [d.message for d in diff.introduced] == ["new"]
    assert [d.message for d in diff.fixed] == ["old"]
    assert diff.present == []


def test_a_renamed_file_and_collection_map_to_the_new_ones() -> None:
    base = [_d("bad", file="collections/old.yaml", collection="Old")]
    head = [_d("bad", file="collections/new.yaml", collection="New")]
    diff = compare(base, head, {"collections/old.yaml": "collections/new.yaml"}, {"Old": "New"})
    assert len(diff.present) == 1 and diff.introduced == [] and diff.fixed == []
    unmapped = compare(base, head, {}, {})
    assert len(unmapped.introduced) == 1 and len(unmapped.fixed) == 1


def test_repeats_are_counted() -> None:
    diff = compare([_d("bad")], [_d("bad"), _d("bad", line=7)], {}, {})
    assert [d.line for d in diff.present] == [3]
    assert [d.line for d in diff.introduced] == [7]


def test_member_and_rule_tell_findings_apart() -> None:
    diff = compare([_d("bad", member="AAA")], [_d("bad", member="BBB"),
                                               _d("bad", member="AAA", rule="NZ152")], {}, {})
    assert len(diff.introduced) == 2 and len(diff.fixed) == 1


def test_new_errors_are_only_introduced_errors() -> None:
    diff = compare([_d("kept")], [_d("kept"), _d("w", severity=Severity.WARNING), _d("e")],
                   {}, {})
    assert [d.message for d in diff.new_errors()] == ["e"]
