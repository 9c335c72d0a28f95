"""Read one YAML file into plain data plus the source position of every key and value.

Parsing uses libyaml through PyYAML's C parser (pure-Python fallback) but only to compose
the node graph; turning nodes into data is ours, so that we can keep positions, refuse
what a configuration file must not contain, and resolve scalars as YAML 1.2 does.

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
import sys
from collections.abc import ItemsView, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

import yaml
import yaml.resolver
from yaml.composer import Composer
from yaml.parser import Parser
from yaml.reader import Reader, ReaderError
from yaml.scanner import Scanner

from nzconfig.core.catalog import (
    ALIAS_BOMB,
    DUPLICATE_KEY,
    EMPTY,
    ENCODING,
    MERGE_KEY,
    MULTI_DOC,
    NON_SCALAR_KEY,
    NOT_MAPPING,
    NUL_BYTE,
    SYNTAX,
    TOO_DEEP,
    TOO_MANY_VALUES,
    UNREADABLE,
    UNSAFE_TAG,
)
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.limits import (
    MAX_ALIAS_BYTES,
    MAX_ALIAS_NODES,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_VALUES,
)

Path_ = tuple[str | int, ...]
Pos = tuple[int, int]

# Bounds that keep hostile input cheap; a hand-written configuration file is far below them.

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"
SEQ = "tag:yaml.org,2002:seq"
MAP = "tag:yaml.org,2002:map"
SAFE_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, SEQ, MAP})



class _Core12Resolver(yaml.resolver.BaseResolver):
    """Implicit tags of the YAML 1.2 core schema, nothing of YAML 1.1."""

    # A fresh table, so the YAML 1.1 resolvers of the base class are not inherited.
    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {}  # type: ignore[misc]

    # The parser calls these three for every node. BaseResolver's versions also serve path
    # resolvers, which are never used here; these give the same tags in a third of the time.
    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in self.yaml_implicit_resolvers.get(value[:1], ()):
                    if regexp.match(value):
                        return str(tag)
            return STR
        return SEQ if kind is yaml.SequenceNode else MAP

    def __init__(self) -> None:
        super().__init__()
        self.values = 0

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        # Called once per node as it is composed: the one place to stop a file of millions
        # of tiny values (`[a,a,a,...]`) before its node graph costs gigabytes.
        self.values += 1
        if self.values > MAX_VALUES:
            raise _Refused(TOO_MANY_VALUES, None, f"file holds more than {MAX_VALUES:,} "
                           "values; a configuration file never does")

    def ascend_resolver(self) -> None:
        pass


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
    _Core12Resolver.add_implicit_resolver(_tag, re.compile(_regexp), list(_first))

class PyComposer(Reader, Scanner, Parser, Composer, _Core12Resolver):
    """The pure-Python parser: used where libyaml is missing (and tested against it)."""

    def __init__(self, text: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        _Core12Resolver.__init__(self)


try:
    from yaml._yaml import CParser

    class CComposer(CParser, _Core12Resolver):
        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            _Core12Resolver.__init__(self)

    _Composer: type[CComposer] | type[PyComposer] = CComposer
except ImportError:  # pragma: no cover - exercised only where libyaml is missing
    _Composer = PyComposer
LIBYAML = _Composer is not PyComposer


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
            share = _SHARED.setdefault
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
    raw: dict[Path_, str] = field(default_factory=dict)

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


class _Refused(Exception):
    def __init__(self, rule: str, mark: Any, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.rule, self.mark, self.message, self.hint = rule, mark, message, hint


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
        return [_whole(UNREADABLE, file, "path is a directory, not a YAML file")]
    except OSError as exc:
        return [_whole(UNREADABLE, file, f"file cannot be read: {exc.strerror or exc}")]
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
        return [_whole(UNREADABLE, file, f"file cannot be read: {exc.strerror or exc}")]
    finally:
        os.close(fd)
    if stat.S_ISDIR(mode):
        return [_whole(UNREADABLE, file, "path is a directory, not a YAML file")]
    if not stat.S_ISREG(mode):
        return [_whole(UNREADABLE, file, "not a regular file (a pipe, socket or device); "
                       "refused")]
    if len(raw) > MAX_FILE_BYTES:
        return [too_large(file)]
    return raw


def too_large(file: str) -> Diagnostic:
    size = MAX_FILE_BYTES // (1024 * 1024)
    return unreadable(file, f"file is larger than {size} MiB; a configuration file never is")


def unreadable(file: str, message: str) -> Diagnostic:
    return _whole(UNREADABLE, file, message)


def load_bytes(raw: bytes, file: str) -> Document | list[Diagnostic]:
    text_or_error = decode(raw, file)
    if isinstance(text_or_error, Diagnostic):
        return [text_or_error]
    return load_text(text_or_error, file)


def decode(raw: bytes, file: str) -> str | Diagnostic:
    """UTF-8 only (a UTF-8 BOM is dropped); NUL bytes and other encodings are refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _whole(ENCODING, file, "file is UTF-16 encoded; save it as UTF-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw[:2].count(0) == 1:  # ASCII text in UTF-16 without a byte-order mark
        return _whole(ENCODING, file, "file looks UTF-16 encoded (no byte-order mark); "
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


def _char_position(text: str, offset: int) -> Pos:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


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
    try:
        composer = (composer_type or _Composer)(text)
        node = composer.get_node() if composer.check_node() else None
        if node is not None and composer.check_node():
            extra = composer.get_node()
            mark = extra.start_mark if extra is not None else None
            raise _Refused(MULTI_DOC, mark, "file holds more than one YAML document; "
                           "keep one document per file", "remove the `---` separator")
    except yaml.MarkedYAMLError as exc:
        if "maximum nesting depth" in str(exc.problem):
            # libyaml >= 0.2.5 (PyYAML >= 6.0.2's wheels) has a nesting limit of its own, far
            # deeper than ours: report ours, where the pure-Python parser finds it.
            return [_too_deep(text, file)]
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(p for p in (exc.problem, exc.context and f"({exc.context})") if p)
        return [_at(SYNTAX, file, mark, f"YAML syntax error: {message or exc}", _tab_hint(
            text, mark))]
    except RecursionError:  # only the pure-Python composer recurses per nesting level
        return [_too_deep(text, file)]
    except _Refused as exc:
        return [_at(exc.rule, file, exc.mark, exc.message, exc.hint)]
    except ReaderError as exc:
        line, col = _char_position(text, exc.position)
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        return [Diagnostic(SYNTAX, Severity.ERROR, file, line, col,
                           f"character U+{char:04X} is not allowed in YAML ({exc.reason})")]
    except yaml.YAMLError as exc:
        return [_whole(SYNTAX, file, f"YAML error: {exc}")]
    if node is None or node.tag == NULL:
        return [_whole(EMPTY, file, "file is empty; it needs at least its required fields")]
    if not isinstance(node, yaml.MappingNode):
        kind = "a list" if isinstance(node, yaml.SequenceNode) else "a single value"
        return [_at(NOT_MAPPING, file, node.start_mark,
                    f"the top level must be a mapping of `key: value` lines, not {kind}")]
    doc = Document(file, {})
    builder = _Builder(doc)
    try:
        doc.data = builder.build(node, (), 0)
    except _Refused as exc:
        return [_at(exc.rule, file, exc.mark, exc.message, exc.hint)]
    if builder.duplicates:
        return builder.duplicates
    return doc


class _PyEvents(Reader, Scanner, Parser):
    """The pure-Python parser's event stream: a state machine, so depth costs no recursion."""

    def __init__(self, text: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)


def _too_deep(text: str, file: str) -> Diagnostic:
    """Where a value first nests deeper than MAX_DEPTH (as the builder counts), found by
    reading events only up to that point; the whole file when it cannot be found."""
    message = f"value is nested more than {MAX_DEPTH} levels deep"
    events = _PyEvents(text)
    # Per open collection: is it a mapping, and how many nodes it has held (keys and values
    # alternate in a mapping; keys are never nested values).
    stack: list[list[Any]] = []
    try:
        while events.check_event():
            event = events.get_event()  # type: ignore[no-untyped-call]
            if isinstance(event, yaml.CollectionEndEvent):
                stack.pop()
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            is_key = bool(stack) and stack[-1][0] and stack[-1][1] % 2 == 0
            if stack:
                stack[-1][1] += 1
            # The top-level mapping is at depth 0, as in _Builder.build.
            if not is_key and len(stack) - 1 >= MAX_DEPTH:
                return _at(TOO_DEEP, file, event.start_mark, message)
            if isinstance(event, yaml.CollectionStartEvent):
                stack.append([isinstance(event, yaml.MappingStartEvent), 0])
    except (yaml.YAMLError, RecursionError):
        pass
    return _whole(TOO_DEEP, file, message)


def _tab_hint(text: str, mark: Any) -> str | None:
    """A syntax error at or after a tab in the line's indentation is nearly always the tab."""
    if mark is None:
        return None
    lines = text.split("\n")
    line = lines[mark.line] if mark.line < len(lines) else ""
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    return "indent with spaces: YAML does not allow tabs in indentation" if "\t" in indent else None


# The same paths, positions and short texts recur in file after file (every collection has
# `members`, item 3, at line 12, column 3, and the same member codes). One shared object for
# each keeps a 20,000-collection repository within the memory target (docs/performance.md).
_SHARED: dict[Any, Any] = {}
_SHARED_MAX = 1_000_000  # a bound for long-lived processes; sharing is only a saving
_SHORT = 64  # texts up to this length are interned (codes, names, enum values)


class _Builder:
    """Turns a node graph into data, recording positions; refuses what is unsafe."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        if len(_SHARED) >= _SHARED_MAX:
            _SHARED.clear()
        self.share = _SHARED.setdefault  # called per value: a bound method, not a function
        self.seen: set[int] = set()
        self.alias_nodes = 0
        self.alias_bytes = 0
        self.expanding = 0  # > 0 while building a subtree again, through an alias
        self.first_alias: Any = None
        self.duplicates: list[Diagnostic] = []

    def build(self, node: yaml.Node, path: Path_, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise _Refused(TOO_DEEP, node.start_mark,
                           f"value is nested more than {MAX_DEPTH} levels deep")
        key = id(node)
        if key not in self.seen:
            self.seen.add(key)
            return self._build(node, path, depth)
        # An alias: its subtree is expanded again, so count what it costs. The report
        # points at the first anchor expanded, since alias nodes keep no position.
        self.alias_nodes += 1
        self.first_alias = self.first_alias or node.start_mark
        if self.alias_nodes > MAX_ALIAS_NODES:
            raise _Refused(ALIAS_BOMB, self.first_alias,
                           f"aliases of this anchor expand to more than {MAX_ALIAS_NODES} "
                           "values (an alias bomb?)", "write the values out instead")
        self.expanding += 1
        try:
            return self._build(node, path, depth)
        finally:
            self.expanding -= 1

    def _build(self, node: yaml.Node, path: Path_, depth: int) -> Any:
        mark = node.start_mark
        pos = (mark.line + 1, mark.column + 1)
        self.doc.positions[path] = self.share(pos, pos)
        tag = node.tag
        if tag not in SAFE_TAGS:
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            raise _Refused(UNSAFE_TAG, mark, f"the tag `{shown}` is not allowed",
                           "configuration files hold only text, numbers, true/false, "
                           "lists and mappings")
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, path)
        if isinstance(node, yaml.SequenceNode):
            items = []
            for index, item in enumerate(node.value):
                child = (*path, index)
                items.append(self.build(item, self.share(child, child), depth + 1))
            return items
        assert isinstance(node, yaml.MappingNode)
        return self.mapping(node, path, depth)

    def scalar(self, node: yaml.ScalarNode, path: Path_) -> Any:
        tag, value = node.tag, node.value
        if self.expanding:
            self.alias_bytes += len(value)
            if self.alias_bytes > MAX_ALIAS_BYTES:
                raise _Refused(ALIAS_BOMB, self.first_alias,
                               f"aliases repeat more than {MAX_ALIAS_BYTES // 1024:,} KiB of "
                               "text (an alias bomb?)", "write the values out instead")
        if tag == STR:
            return sys.intern(value) if len(value) <= _SHORT else value
        if tag == NULL:
            if value not in ("", "~", "null", "Null", "NULL"):
                raise _Refused(SYNTAX, node.start_mark, f"`{value}` is not a null value")
            return None
        self.doc.raw[path] = value
        try:
            if tag == BOOL:
                return {"true": True, "false": False}[value.lower()]
            if tag == INT:
                return _parse_int(value)
            return _parse_float(value)
        except (KeyError, ValueError, ArithmeticError):
            raise _Refused(SYNTAX, node.start_mark,
                           f"`{value}` is not a valid {tag.rsplit(':', 1)[-1]}") from None

    def mapping(self, node: yaml.MappingNode, path: Path_, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge" or (
                isinstance(key_node, yaml.ScalarNode) and key_node.value == "<<"
                and key_node.style == ""
            ):
                raise _Refused(MERGE_KEY, key_node.start_mark,
                               "`<<` merge keys are not supported",
                               "write the merged keys out in full")
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in SAFE_TAGS:
                raise _Refused(NON_SCALAR_KEY, key_node.start_mark,
                               "a mapping key must be plain text")
            key = sys.intern(key_node.value)
            mark = key_node.start_mark
            if key in first_seen:
                first = first_seen[key]
                self.duplicates.append(Diagnostic(
                    DUPLICATE_KEY, Severity.ERROR, self.doc.file, mark.line + 1, mark.column + 1,
                    f"duplicate key `{key}` (first defined at line {first.line + 1}, "
                    f"column {first.column + 1})", pointer((*path, key)),
                    "keep one of the two; YAML would silently use the last",
                ))
                continue
            first_seen[key] = mark
            child = (*path, key)
            child = self.share(child, child)
            pos = (mark.line + 1, mark.column + 1)
            self.doc.key_positions[child] = self.share(pos, pos)
            result[key] = self.build(value_node, child, depth + 1)
        return result


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


def _at(rule: str, file: str, mark: Any, message: str, hint: str | None = None) -> Diagnostic:
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return Diagnostic(rule, Severity.ERROR, file, line, col, message, "", hint)


def _whole(rule: str, file: str, message: str) -> Diagnostic:
    """A problem with the file as a whole: reported at its first line."""
    return Diagnostic.whole_file(rule, Severity.ERROR, file, message)


# Last: plain.py reads this module's tables and helpers (the fast reader gives up to load_text).
from nzconfig.loading import plain  # noqa: E402
