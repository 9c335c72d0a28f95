"""Findings a change introduces, fixes, or leaves as they were.

Two findings are the same when rule, file, message, collection and member agree; line
numbers are ignored, so an edit above a finding does not make it "new". A renamed
collection's old file and name are mapped to the new ones first.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from nzconfig.core.diagnostics import Diagnostic, Severity

Key = tuple[str, str, str, str | None, str | None]


@dataclass(frozen=True, slots=True)
class FindingsDiff:
    introduced: list[Diagnostic]  # as reported on the head side
    fixed: list[Diagnostic]  # as reported on the base side
    present: list[Diagnostic]  # on the head side

    def new_errors(self) -> list[Diagnostic]:
        return [d for d in self.introduced if d.severity >= Severity.ERROR]


def compare(base: list[Diagnostic], head: list[Diagnostic], files: dict[str, str],
            names: dict[str, str]) -> FindingsDiff:
    def key(d: Diagnostic, mapped: bool) -> Key:
        file = files.get(d.file, d.file) if mapped else d.file
        collection = names.get(d.collection, d.collection) if mapped and d.collection else (
            d.collection)
        return (d.rule, file, d.message, collection, d.member)

    remaining = Counter(key(d, True) for d in base)
    introduced, present = [], []
    for d in head:
        k = key(d, False)
        if remaining[k] > 0:
            remaining[k] -= 1
            present.append(d)
        else:
            introduced.append(d)
    fixed = []
    for d in base:
        k = key(d, True)
        if remaining[k] > 0:
            remaining[k] -= 1
            fixed.append(d)
    return FindingsDiff(introduced, fixed, present)
