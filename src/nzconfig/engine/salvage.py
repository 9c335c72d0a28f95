"""Checking what is left of a data file that fails its schema (docs/formats.md, "A file with
schema errors").

A schema error names the value it is about; the file's other values are often sound. So a
data file (an institution, collection, vendor, fund, licence or cost file) is checked again
without every top-level key that holds a schema error. If that remainder passes the schema,
the rules see it, with the dropped keys absent, and a rule that *reads* a dropped key (looks
it up, asks whether it is there) in any file has none of its findings reported in that run:
they could rest on the absence, and the schema error already says what is wrong there.
Dropping only unknown keys needs none of this (no rule reads a key the schema does not
know): such a file is used everywhere as if valid, as before.

The salvaged files serve the rules only: render, diff, plan and the Alma commands see the
Network without them, as they always did. A file whose remainder still fails (a required
or identifying key is broken, or the error is about the whole file) gets no further checks.
Policy files are not salvaged: an error in one stops the run (exit 2).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from nzconfig.core.catalog import INVALID, MISSING_KEY, UNKNOWN_KEY
from nzconfig.core.diagnostics import Diagnostic
from nzconfig.loading import schema
from nzconfig.loading.loader import Document
from nzconfig.loading.model import Network

T = TypeVar("T")

_SCHEMA_IDS = frozenset({INVALID, MISSING_KEY, UNKNOWN_KEY})


@dataclass(frozen=True, slots=True)
class Remainder:
    """A file without its broken top-level keys. ``broken`` are the dropped keys the schema
    knows (rules may read them); empty when only unknown keys were dropped."""

    doc: Document
    broken: frozenset[str]


def remainder(doc: Document, kind: str, problems: list[Diagnostic]) -> Remainder | None:
    """``doc`` without each top-level key that a schema error is about, when that passes the
    schema; None when the errors are about the whole file or the remainder still fails."""
    dropped: set[str] = set()
    for problem in problems:
        parts = problem.pointer.split("/")
        if problem.rule not in _SCHEMA_IDS or len(parts) < 2:
            return None  # about the file itself: a missing required key, the root's type
        dropped.add(parts[1].replace("~1", "/").replace("~0", "~"))
    known = schema.load_schema(kind).get("properties", {})
    broken = frozenset(key for key in dropped if key in known)
    data = {k: v for k, v in doc.data.items() if k not in dropped}
    rest = Document(
        doc.file, data,
        {p: v for p, v in doc.positions.items() if not p or p[0] not in dropped},
        {p: v for p, v in doc.key_positions.items() if not p or p[0] not in dropped},
        {p: v for p, v in doc.raw.items() if not p or p[0] not in dropped})
    if schema.check(rest, kind):
        return None
    return Remainder(replace(rest, data=_Watched(data, broken)) if broken else rest, broken)


class _Reads:
    """Whether the rule being run has read a dropped key (one flag: the engine asks per rule)."""

    read = False


def _touch() -> None:
    _Reads.read = True


class _Watched(dict[str, Any]):
    """A salvaged file's data: looking up one of its dropped keys marks the reader."""

    __slots__ = ("broken",)

    def __init__(self, data: dict[str, Any], broken: frozenset[str]) -> None:
        super().__init__(data)
        self.broken = broken

    def __getitem__(self, key: str) -> Any:
        if key in self.broken:
            _touch()
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        if key in self.broken:
            _touch()
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        if key in self.broken:
            _touch()
        return super().__contains__(key)


@contextmanager
def watching() -> Iterator[Callable[[], bool]]:
    """A function that says whether a dropped key was read within (while inside: so far).
    Watching nests: what is read inside also counts for the watcher outside."""
    before = _Reads.read
    _Reads.read = False
    seen: list[bool] = []
    try:
        yield lambda: seen[0] if seen else _Reads.read
    finally:
        seen.append(_Reads.read)
        _Reads.read = before or _Reads.read


@dataclass(slots=True)
class CheckedNetwork(Network):
    """The Network the rules see when files were salvaged. A view computed once (derived)
    and shared by the rules remembers whether computing it read a dropped key, so that every
    rule that uses it counts as reading it too."""

    _touched: set[Hashable] = field(default_factory=set, repr=False, compare=False)

    def derived(self, key: Hashable, compute: Callable[[], T]) -> T:
        if key not in self._derived:
            with watching() as read:
                self._derived[key] = compute()
                if read():
                    self._touched.add(key)
        if key in self._touched:
            _touch()
        value: T = self._derived[key]
        return value
