"""Checking what is left of a data file that fails its schema (docs/formats.md, "A file with
schema errors").

A schema error names the value it is about; the file's other values are often sound. So a
data file (an institution, collection, vendor, fund, licence or cost file) is checked again
without every top-level key that holds a schema error. If that remainder passes the schema,
the rules see it, with the dropped keys absent, and a rule that *reads* a dropped key (looks
it up, asks whether it is there) in any file has none of its findings reported in that run:
they could rest on the absence, in that file or another (a misspelt `status` read as absent
makes a collection active, and NZ209 then speaks of a member's institution file). Instead a
notice (NZ024) per file whose dropped key it read says that the rule was not run.
Dropping only unknown keys needs none of this (no rule reads a key the schema does not
know): such a file is used everywhere as if valid, as before.

The salvaged files serve the rules only: render, diff, plan and the Alma commands see the
Network without them, as they always did. A file whose remainder still fails (a key that
says which thing the file is, IDENTITY, is broken, or the error is about the whole file)
gets no further checks.
Policy files are not salvaged: an error in one stops the run (exit 2).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple, TypeVar

from nzconfig.core.catalog import INVALID, MISSING_KEY, NOT_RUN, UNKNOWN_KEY
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.wording import and_list
from nzconfig.loading import schema
from nzconfig.loading.loader import Document, pointer
from nzconfig.loading.model import Network

T = TypeVar("T")

_SCHEMA_IDS = frozenset({INVALID, MISSING_KEY, UNKNOWN_KEY})
# The keys that say which collection, member, vendor... a file is: never set aside.
IDENTITY: dict[str, set[str]] = {
    "collection": {"name", "members"}, "institution": {"code"}, "vendor": {"code"},
    "fund": {"code"}, "licence": {"code"}, "cost": {"name", "years"}}


@dataclass(frozen=True, slots=True)
class Remainder:
    """A file without its broken top-level keys. ``broken`` are the dropped keys the schema
    knows (rules may read them); empty when only unknown keys were dropped."""

    doc: Document
    broken: frozenset[str]


class Read(NamedTuple):
    """A rule's read of a dropped key: the file, where the key stands in it, the key."""

    file: str
    line: int
    column: int
    key: str


def remainder(doc: Document, kind: str, problems: list[Diagnostic], watch: Watch,
              ) -> Remainder | None:
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
    # A broken required key is dropped too, unless it names the file's thing (without it
    # the file cannot be a collection, member...): its "missing" is the schema error again.
    absent = {f"missing required key `{key}`" for key in dropped - IDENTITY.get(kind, set())}
    if any(p.rule != MISSING_KEY or p.pointer or p.message not in absent
           for p in schema.check(rest, kind)):
        return None
    if not broken:
        return Remainder(rest, broken)
    reads = {key: Read(doc.file, *doc.key_pos((key,)), key) for key in broken}
    return Remainder(replace(rest, data=_Watched(data, reads, watch)), broken)


class Watch:
    """The dropped keys read while a rule runs. One per validate run, held by its salvaged
    files' data and its CheckedNetwork (no state outside the run); the engine asks per rule."""

    __slots__ = ("read",)

    def __init__(self) -> None:
        self.read: set[Read] = set()

    def touch(self, reads: Iterable[Read]) -> None:
        self.read.update(reads)

    @contextmanager
    def watching(self) -> Iterator[Callable[[], frozenset[Read]]]:
        """A function that gives the dropped keys read within (while inside: so far); empty
        (false) when none was. Watching nests: what is read inside counts outside too."""
        before = self.read
        self.read = set()
        seen: list[frozenset[Read]] = []
        try:
            yield lambda: seen[0] if seen else frozenset(self.read)
        finally:
            seen.append(frozenset(self.read))
            before.update(seen[0])
            self.read = before


class _Watched(dict[str, Any]):
    """A salvaged file's data: looking up one of its dropped keys marks the reader."""

    __slots__ = ("dropped", "watch")

    def __init__(self, data: dict[str, Any], dropped: Mapping[str, Read], watch: Watch) -> None:
        super().__init__(data)
        self.dropped = dropped
        self.watch = watch

    def __getitem__(self, key: str) -> Any:
        if key in self.dropped:
            self.watch.touch((self.dropped[key],))
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        if key in self.dropped:
            self.watch.touch((self.dropped[key],))
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str) and key in self.dropped:
            self.watch.touch((self.dropped[key],))
        return super().__contains__(key)


def not_run(rule: str, reads: Iterable[Read]) -> list[Diagnostic]:
    """The notices (NZ024) that ``rule`` was not run because it read these dropped keys: one
    per file, at the first such key in it, naming every such key of the file."""
    by_file: dict[str, list[Read]] = {}
    for read in sorted(set(reads)):
        by_file.setdefault(read.file, []).append(read)
    notices = []
    for file, found in by_file.items():
        keys = [read.key for read in found]
        many = len(keys) > 1
        message = (f"{rule} was not run: it reads {and_list(f'`{k}`' for k in keys)}, "
                   f"which {'have schema errors' if many else 'has a schema error'} here; "
                   f"fix {'them' if many else 'it'} and run again")
        hint = f"until then {rule} reports nothing in any file"
        first = found[0]
        notices.append(Diagnostic(NOT_RUN, Severity.NOTICE, file, first.line, first.column,
                                  message, pointer((first.key,)), hint))
    return notices


@dataclass(slots=True)
class CheckedNetwork(Network):
    """The Network the rules see when files were salvaged. A view computed once (derived)
    and shared by the rules remembers whether computing it read a dropped key, so that every
    rule that uses it counts as reading it too."""

    watch: Watch = field(default_factory=Watch, repr=False, compare=False)
    _touched: dict[Hashable, frozenset[Read]] = field(default_factory=dict, repr=False,
                                                       compare=False)

    def derived(self, key: Hashable, compute: Callable[[], T]) -> T:
        if key not in self._derived:
            with self.watch.watching() as read:
                self._derived[key] = compute()
            if read():
                self._touched[key] = read()
        self.watch.touch(self._touched.get(key, ()))
        value: T = self._derived[key]
        return value
