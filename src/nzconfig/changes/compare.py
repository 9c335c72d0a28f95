"""The model diff of two Networks: what changed in each collection, per member, in policies.

Collections are paired across renames by nzconfig.changes.matching.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nzconfig.changes.matching import match
from nzconfig.domain.cdi import SETTINGS, effective
from nzconfig.loading.model import Collection, Network

# Keys reported on their own; every other key is a plain field change.
OWN_KEYS = frozenset(("name", "members", "status", "cdi"))


@dataclass(frozen=True, slots=True)
class FieldChange:
    key: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class CdiChange:
    member: str
    setting: str
    before: bool | None  # None: the member had no access, or the value was not known
    after: bool | None
    reason: str | None = None  # the override's reason, when the new value is an override


@dataclass(frozen=True, slots=True)
class CollectionChange:
    before: Collection | None
    after: Collection | None
    fields: tuple[FieldChange, ...] = ()
    added_members: tuple[str, ...] = ()  # Group Settings added
    removed_members: tuple[str, ...] = ()
    cdi: tuple[CdiChange, ...] = ()

    @property
    def kind(self) -> str:
        if self.before is None:
            return "added"
        if self.after is None:
            return "removed"
        if self.before.name != self.after.name or self.before.doc.file != self.after.doc.file:
            return "renamed"
        return "changed"

    @property
    def name(self) -> str:
        current = self.after or self.before
        assert current is not None
        return current.name

    @property
    def status_changed(self) -> bool:
        return (self.before is not None and self.after is not None
                and self.before.status != self.after.status)

    def access(self) -> tuple[set[str], set[str]]:
        """Members that gain and lose access (group settings of an active collection)."""
        before = _access(self.before)
        after = _access(self.after)
        return after - before, before - after


@dataclass(frozen=True, slots=True)
class PolicyChange:
    file: str
    kind: str  # added | removed | changed
    keys: tuple[str, ...] = ()  # top-level keys that changed


@dataclass(slots=True)
class Changes:
    collections: list[CollectionChange] = field(default_factory=list)
    institutions_added: list[str] = field(default_factory=list)
    institutions_removed: list[str] = field(default_factory=list)
    institutions_changed: list[str] = field(default_factory=list)
    policies: list[PolicyChange] = field(default_factory=list)

    def renames(self) -> tuple[dict[str, str], dict[str, str]]:
        """Base file -> head file and base name -> head name of every matched collection."""
        files, names = {}, {}
        for c in self.collections:
            if c.before is not None and c.after is not None:
                files[c.before.doc.file] = c.after.doc.file
                names[c.before.name] = c.after.name
        return files, names

    def access(self) -> dict[str, tuple[list[str], list[str]]]:
        """Per member: the collections it gains and loses access to, by name."""
        result: dict[str, tuple[list[str], list[str]]] = {}
        for change in self.collections:
            gains, loses = change.access()
            for code in gains:
                result.setdefault(code, ([], []))[0].append(change.name)
            for code in loses:
                result.setdefault(code, ([], []))[1].append(change.name)
        return {code: (sorted(g, key=_by_name), sorted(lo, key=_by_name))
                for code, (g, lo) in sorted(result.items())}

    @property
    def empty(self) -> bool:
        return not (self.collections or self.institutions_added or self.institutions_removed
                    or self.institutions_changed or self.policies)


def _by_name(name: str) -> tuple[str, str]:
    """Names in the order the rendered pages use: ignoring case, the exact name breaking ties."""
    return (name.casefold(), name)


def compare(base: Network, head: Network) -> Changes:
    changes = Changes()
    same_matrix = base.policy("cdi-matrix") == head.policy("cdi-matrix")
    for before, after in match(base.collections, head.collections):
        change = _collection_change(base, head, before, after, same_matrix)
        if change is not None:
            changes.collections.append(change)
    changes.collections.sort(key=lambda c: (*_by_name(c.name), c.kind))
    old, new = base.institutions, head.institutions
    changes.institutions_added = sorted(set(new) - set(old))
    changes.institutions_removed = sorted(set(old) - set(new))
    changes.institutions_changed = sorted(
        code for code in set(old) & set(new) if old[code].data != new[code].data)
    changes.policies = _policy_changes(base, head)
    return changes


def _collection_change(base: Network, head: Network, before: Collection | None,
                       after: Collection | None, same_matrix: bool) -> CollectionChange | None:
    if (same_matrix and before is not None and after is not None
            and (before.doc is after.doc
                 or (before.doc.file == after.doc.file and before.data == after.data))):
        return None  # unchanged (the common case: one document shared by both sides)
    old = set(before.members) if before else set()
    new = set(after.members) if after else set()
    fields: tuple[FieldChange, ...] = ()
    if before is not None and after is not None:
        keys = sorted((set(before.data) | set(after.data)) - OWN_KEYS)
        fields = tuple(FieldChange(k, before.data.get(k), after.data.get(k)) for k in keys
                       if before.data.get(k) != after.data.get(k))
    change = CollectionChange(
        before, after, fields, tuple(sorted(new - old)), tuple(sorted(old - new)),
        _cdi_changes(base, head, before, after, same_matrix),
    )
    if change.kind == "changed" and not (change.fields or change.added_members
                                         or change.removed_members or change.cdi
                                         or change.status_changed):
        return None
    return change


def _cdi_changes(base: Network, head: Network, before: Collection | None,
                 after: Collection | None, same_matrix: bool) -> tuple[CdiChange, ...]:
    if after is None:
        return ()
    if (same_matrix and before is not None and set(after.members) <= set(before.members)
            and before.data.get("linking") == after.data.get("linking")
            and before.data.get("cdi") == after.data.get("cdi")):
        return ()  # every member keeps the settings it had
    result = []
    for member in sorted(set(after.members)):
        had = before is not None and member in before.members
        old = effective(base, before, member) if had and before is not None else {}
        new = effective(head, after, member)
        for setting in SETTINGS:
            o, n = old.get(setting), new.get(setting)
            o_value = o.value if o else None
            n_value = n.value if n else None
            if o_value != n_value and not (o is None and n is None):
                reason = n.reason if n is not None and n.source == "override" else None
                result.append(CdiChange(member, setting, o_value, n_value, reason))
    return tuple(result)


def _access(collection: Collection | None) -> set[str]:
    if collection is None or not collection.active:
        return set()
    return set(collection.members)


def _policy_changes(base: Network, head: Network) -> list[PolicyChange]:
    result = []
    for kind in sorted(set(base.policies) | set(head.policies)):
        old, new = base.policies.get(kind), head.policies.get(kind)
        if old is None and new is not None:
            result.append(PolicyChange(new.file, "added"))
        elif new is None and old is not None:
            result.append(PolicyChange(old.file, "removed"))
        elif old is not None and new is not None and old.data != new.data:
            keys = sorted(k for k in set(old.data) | set(new.data)
                          if old.data.get(k) != new.data.get(k))
            result.append(PolicyChange(new.file, "changed", tuple(keys)))
    return sorted(result, key=lambda p: p.file)
