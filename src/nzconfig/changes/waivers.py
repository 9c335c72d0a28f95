"""What a change does to waivers: findings it newly waives (so a reviewer sees what is being
accepted, for what reason and until when, not just "policies/waivers.yaml changed"), and the
waivers it adds, changes, removes or lets expire."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from nzconfig.core.diagnostics import Diagnostic
from nzconfig.engine.waivers import TARGETS
from nzconfig.loading.loader import Document


@dataclass(frozen=True, slots=True)
class Entry:
    """One waiver as written in policies/waivers.yaml."""

    rule: str
    targets: tuple[tuple[str, str], ...]  # (key, value), in TARGETS order
    reason: str
    expires: str

    @property
    def target(self) -> str:
        return "; ".join(f"{k}: {v}" for k, v in self.targets) or "everything"

    def matches(self, d: Diagnostic) -> bool:
        return d.rule == self.rule and all(getattr(d, k) == v for k, v in self.targets)

    def expired(self, on: date) -> bool:
        try:
            return date.fromisoformat(self.expires) < on
        except ValueError:
            return False


@dataclass(frozen=True, slots=True)
class Waived:
    finding: Diagnostic
    by: Entry | None  # None only if no entry matches (cannot happen for a valid file)


@dataclass(frozen=True, slots=True)
class Changed:
    before: Entry
    after: Entry


@dataclass(frozen=True, slots=True)
class WaiverChanges:
    newly_waived: tuple[Waived, ...]
    added: tuple[Entry, ...]
    changed: tuple[Changed, ...]
    removed: tuple[Entry, ...]
    expired: tuple[Entry, ...]  # on the head side, whether or not the change touched them

    @property
    def empty(self) -> bool:
        return not (self.newly_waived or self.added or self.changed or self.removed
                    or self.expired)


def entries(doc: Document | None) -> list[Entry]:
    result = []
    for item in (doc.data.get("waivers") or []) if doc is not None else []:
        if isinstance(item, dict):
            result.append(Entry(
                str(item.get("rule", "")),
                tuple((k, str(item[k])) for k in TARGETS if item.get(k) is not None),
                str(item.get("reason", "")), str(item.get("expires", ""))))
    return result


def compare(base_doc: Document | None, head_doc: Document | None,
            base_waived: list[Diagnostic], head_waived: list[Diagnostic],
            files: dict[str, str], names: dict[str, str], on: date) -> WaiverChanges:
    old, new = entries(base_doc), entries(head_doc)

    def key(d: Diagnostic, mapped: bool) -> tuple[str, str, str, str | None, str | None]:
        file = files.get(d.file, d.file) if mapped else d.file
        collection = names.get(d.collection, d.collection) if mapped and d.collection else (
            d.collection)
        return (d.rule, file, d.message, collection, d.member)

    before = Counter(key(d, True) for d in base_waived)
    newly = []
    for d in head_waived:
        k = key(d, False)
        if before[k] > 0:
            before[k] -= 1
            continue
        newly.append(Waived(d, next((e for e in new if e.matches(d)), None)))
    old_by = {(e.rule, e.targets): e for e in old}
    new_by = {(e.rule, e.targets): e for e in new}
    added = [e for k, e in new_by.items() if k not in old_by]
    removed = [e for k, e in old_by.items() if k not in new_by]
    changed = [Changed(old_by[k], e) for k, e in new_by.items()
               if k in old_by and old_by[k] != e]
    return WaiverChanges(
        tuple(sorted(newly, key=lambda w: _finding_order(w.finding))),
        tuple(sorted(added, key=_order)), tuple(sorted(changed, key=lambda c: _order(c.after))),
        tuple(sorted(removed, key=_order)),
        tuple(sorted((e for e in new if e.expired(on)), key=_order)))


def _order(e: Entry) -> tuple[str, str, str]:
    return (e.rule, e.target.casefold(), e.target)


def _finding_order(d: Diagnostic) -> tuple[Any, ...]:
    return ((d.collection or "").casefold(), *d.sort_key())
