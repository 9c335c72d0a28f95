"""Read one YAML file into plain data plus the source position of every key and value.

Plain block YAML, nearly every file, is read by the fast reader (loading/plain.py); the rest
by the full loader (loading/compose.py), which uses libyaml through PyYAML's C parser
(pure-Python fallback) but only to compose the node graph; turning nodes into data is ours,
so that we can keep positions, refuse what a configuration file must not contain, and
resolve scalars as YAML 1.2 does. Both give the same Document.

Scalar resolution is the YAML 1.2 core schema: only ``true``/``false``, ``null``/``~``/empty,
and integers and floats in 1.2 notation are not strings. So ``NO``, ``yes``, ``on``, ``off``,
``y``, ``n``, ``2024-05-01`` and ``1_000`` stay text exactly as written. Floats become
``Decimal`` (money must stay exact). A number where text is expected (``010``, ``0x1A``)
is reported by the schema check with a hint to quote it, using the raw text kept here.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, ItemsView, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from nzconfig.core.catalog import ENCODING, NUL_BYTE, UNREADABLE
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.limits import MAX_FILE_BYTES

Path_ = tuple[str | int, ...]
Pos = tuple[int, int]

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"
SEQ = "tag:yaml.org,2002:seq"
MAP = "tag:yaml.org,2002:map"
SAFE_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, SEQ, MAP})


# A run of list items of one line each, as the fast reader keeps them (loading/plain.py):
# (where among the entries they come, the list's path, the first item's index, how many,
# the first item's line, their column).
Run = tuple[int, Path_, int, int, int, int]


class Positions(MutableMapping[Path_, Pos]):
    """The positions of a document whose member lists were read as runs of lines.

    A list of a hundred members, one a line, would be a hundred entries (a path and a
    position each, about 40 bytes in the dictionary: 230 MB for the six million members of
    a 20,000 x 300 consortium); a run says where all of them stand in one tuple. The
    entries and runs come out in the order they were read, as from a plain dictionary; the
    first iteration or change turns them into one (rare: salvage and edits do it)."""

    __slots__ = ("_entries", "_runs")

    def __init__(self, entries: dict[Path_, Pos], runs: list[Run]) -> None:
        self._entries, self._runs = entries, runs

    def _in_run(self, path: Path_) -> Pos | None:
        if path:
            index = path[-1]
            if isinstance(index, int):
                parent = path[:-1]
                for _at, where, first, count, line, column in self._runs:
                    if where == parent and first <= index < first + count:
                        return (line + index - first, column)
        return None

    def _plain(self) -> dict[Path_, Pos]:
        """Every entry, in order, in one dictionary (from now on)."""
        if self._runs:
            share = shared()
            entries = list(self._entries.items())
            ordered: list[tuple[Path_, Pos]] = []
            done = 0
            for at, where, first, count, line, column in self._runs:
                ordered += entries[done:at]
                done = at
                for index in range(first, first + count):
                    path, pos = (*where, index), (line + index - first, column)
                    ordered.append((share(path, path), share(pos, pos)))
            ordered += entries[done:]
            self._entries, self._runs = dict(ordered), []
        return self._entries

    def __getitem__(self, path: Path_) -> Pos:
        pos = self._entries.get(path) or self._in_run(path)
        if pos is None:
            raise KeyError(path)
        return pos

    def get(self, path: Path_, default: Any = None) -> Any:
        return self._entries.get(path) or self._in_run(path) or default

    def __contains__(self, path: object) -> bool:
        return path in self._entries or (
            isinstance(path, tuple) and self._in_run(path) is not None)

    def __len__(self) -> int:
        return len(self._entries) + sum(run[3] for run in self._runs)

    def __iter__(self) -> Iterator[Path_]:
        return iter(self._plain())

    def items(self) -> ItemsView[Path_, Pos]:
        return self._plain().items()

    def __setitem__(self, path: Path_, pos: Pos) -> None:
        self._plain()[path] = pos

    def __delitem__(self, path: Path_) -> None:
        del self._plain()[path]

    def __eq__(self, other: object) -> bool:
        return self._plain() == other if isinstance(other, Mapping) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Positions({self._plain()!r})"


@dataclass(slots=True)
class Document:
    """A loaded file: its data, and where each value (and each mapping key) stands."""

    file: str
    data: dict[str, Any]
    positions: MutableMapping[Path_, Pos] = field(default_factory=dict)
    key_positions: dict[Path_, Pos] = field(default_factory=dict)
    # The text each number and boolean was written as, where it is not the value's own
    # spelling: an integer written as Python writes it (``42``) is left out, as a wide
    # consortium has hundreds of thousands of usage figures; ``written`` gives it back.
    raw: dict[Path_, str] = field(default_factory=dict)

    def written(self, path: Path_, value: Any) -> str | None:
        """How the number or boolean ``value`` at ``path`` was written; None for text."""
        found = self.raw.get(path)
        if found is None and type(value) is int:
            return str(value)
        return found

    def pos(self, path: Path_ = ()) -> Pos:
        """Position of the value at ``path``, or of its nearest ancestor that exists."""
        while path not in self.positions and path:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def key_pos(self, path: Path_) -> Pos:
        """Position of the key whose value is at ``path``, falling back to the value."""
        return self.key_positions.get(path) or self.pos(path)

    def diagnostic(
        self,
        rule: str,
        severity: Severity,
        path: Path_,
        message: str,
        hint: str | None = None,
        *,
        at_key: bool = False,
        collection: str | None = None,
        member: str | None = None,
    ) -> Diagnostic:
        line, col = self.key_pos(path) if at_key else self.pos(path)
        return Diagnostic(
            rule, severity, self.file, line, col, message, pointer(path), hint,
            collection, member,
        )


def pointer(path: Path_) -> str:
    """RFC 6901 JSON pointer for a path of keys and indexes."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def load_file(path: Path, file: str) -> Document | list[Diagnostic]:
    """Load ``path`` (reported as ``file``); a failure is returned as diagnostics."""
    raw = read_file(path, file)
    return raw if isinstance(raw, list) else load_bytes(raw, file)


def read_file(path: Path, file: str) -> bytes | list[Diagnostic]:
    """The bytes of ``path``, or why it cannot be read (at most MAX_FILE_BYTES + 1 are)."""
    try:
        # Non-blocking, so that a FIFO named like a YAML file cannot hang the run; what is
        # not a regular file is refused before a byte is read.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except IsADirectoryError:
        return [whole(UNREADABLE, file, "path is a directory, not a YAML file")]
    except OSError as exc:
        return [whole(UNREADABLE, file, f"file cannot be read: {exc.strerror or exc}")]
    try:
        status = os.fstat(fd)
        mode = status.st_mode
        if stat.S_ISREG(mode):
            with os.fdopen(fd, "rb", closefd=False) as stream:
                # The size it has, and one byte more to see it grew; never over the limit.
                raw = stream.read(min(status.st_size, MAX_FILE_BYTES) + 1)
                if len(raw) > status.st_size and len(raw) <= MAX_FILE_BYTES:
                    raw += stream.read(MAX_FILE_BYTES + 1 - len(raw))  # it grew meanwhile
    except OSError as exc:
        return [whole(UNREADABLE, file, f"file cannot be read: {exc.strerror or exc}")]
    finally:
        os.close(fd)
    if stat.S_ISDIR(mode):
        return [whole(UNREADABLE, file, "path is a directory, not a YAML file")]
    if not stat.S_ISREG(mode):
        return [whole(UNREADABLE, file, "not a regular file (a pipe, socket or device); "
                       "refused")]
    if len(raw) > MAX_FILE_BYTES:
        return [too_large(file)]
    return raw


def too_large(file: str) -> Diagnostic:
    size = MAX_FILE_BYTES // (1024 * 1024)
    return unreadable(file, f"file is larger than {size} MiB; a configuration file never is")


def unreadable(file: str, message: str) -> Diagnostic:
    return whole(UNREADABLE, file, message)


def load_bytes(raw: bytes, file: str) -> Document | list[Diagnostic]:
    text_or_error = decode(raw, file)
    if isinstance(text_or_error, Diagnostic):
        return [text_or_error]
    return load_text(text_or_error, file)


def decode(raw: bytes, file: str) -> str | Diagnostic:
    """UTF-8 only (a UTF-8 BOM is dropped); NUL bytes and other encodings are refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return whole(ENCODING, file, "file is UTF-16 encoded; save it as UTF-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw[:2].count(0) == 1:  # ASCII text in UTF-16 without a byte-order mark
        return whole(ENCODING, file, "file looks UTF-16 encoded (no byte-order mark); "
                      "save it as UTF-8")
    nul = raw.find(b"\0")
    if nul >= 0:
        line, col = _byte_position(raw, nul)
        return Diagnostic(NUL_BYTE, Severity.ERROR, file, line, col,
                          "file contains a NUL byte; is it a binary file?")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _byte_position(raw, exc.start)
        bad = raw[exc.start]
        return Diagnostic(ENCODING, Severity.ERROR, file, line, col,
                          f"file is not valid UTF-8 (byte 0x{bad:02x}); save it as UTF-8")


def _byte_position(raw: bytes, offset: int) -> Pos:
    before = raw[:offset]
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", "replace")) + 1
    return before.count(b"\n") + 1, column


def load_text(text: str, file: str, composer_type: type[Any] | None = None,
              ) -> Document | list[Diagnostic]:
    """The Document of ``text``, or the diagnostics that refuse it. Plain block YAML is read
    by the fast reader (loading/plain.py, the same result); the rest is composed by libyaml
    (or ``composer_type``, which also bypasses the fast reader)."""
    if composer_type is None:
        doc = plain.load_plain(text, file)
        if doc is not None:
            return doc
    from nzconfig.loading import compose  # only for a file the fast reader leaves

    return compose.compose(text, file, composer_type)


# The YAML 1.2 core schema's implicit tags by the first character of a plain scalar: the one
# table of the full loader's resolver (loading/compose.py) and of the fast reader.
IMPLICIT: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
for _tag, _regexp, _first in (
    (BOOL, r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    (NULL, r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    (INT, r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        FLOAT,
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+.0123456789",
    ),
):
    for _char in _first:
        IMPLICIT.setdefault(_char, []).append((_tag, re.compile(_regexp)))


def own_spelling(text: str, value: Any) -> bool:
    """True for an integer written as Python writes it (``42``, ``-7``; not ``+7``, ``007``
    or ``0x1f``): Document.raw leaves those out."""
    return type(value) is int and text == str(value)


def typed(tag: str, value: str) -> bool | int | Decimal:
    """A plain scalar that the core schema reads as a boolean, an integer or a float (BOOL,
    INT, FLOAT); KeyError, ValueError or ArithmeticError where the text is not one."""
    if tag == BOOL:
        return {"true": True, "false": False}[value.lower()]
    if tag == INT:
        return _parse_int(value)
    return _parse_float(value)


# The same paths, positions and short texts recur in file after file (every collection has
# `members`, item 3, at line 12, column 3, and the same member codes). One shared object for
# each keeps a 20,000-collection repository within the memory target (docs/performance.md).
_SHARED: dict[Any, Any] = {}
_SHARED_MAX = 1_000_000  # a bound for long-lived processes; sharing is only a saving
SHORT = 64  # texts up to this length are interned (codes, names, enum values)


def shared() -> Callable[[Any, Any], Any]:
    """The sharing table's ``setdefault``, which a reader calls per value as ``share(x, x)``
    (the table is emptied first once it has grown past its bound)."""
    if len(_SHARED) >= _SHARED_MAX:
        _SHARED.clear()
    return _SHARED.setdefault


def _parse_int(text: str) -> int:
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


def _parse_float(text: str) -> Decimal:
    lowered = text.lower()
    if lowered.endswith(".inf"):
        return Decimal("-Infinity" if text.startswith("-") else "Infinity")
    if lowered == ".nan":
        return Decimal("NaN")
    return Decimal(text)


def whole(rule: str, file: str, message: str) -> Diagnostic:
    """A problem with the file as a whole: reported at its first line."""
    return Diagnostic.whole_file(rule, Severity.ERROR, file, message)


# Last: plain.py reads this module's tables and helpers.
from nzconfig.loading import plain  # noqa: E402
