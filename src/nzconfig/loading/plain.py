"""A fast reader for the plain block YAML that configuration files are written in.

Nearly every file of a repository is `key: value` lines, nested blocks, `- item` lists and
flow lists or mappings of plain words on one line (`levels: [book, journal]`).
For those, composing libyaml's node graph (a Python object and two marks per value, three
Python callbacks per node) and then walking it costs more than reading the lines directly:
a line's indentation, key and value give the data and every position at once. This reader
takes such a file line by line and gives exactly the Document the full loader gives (the
same data, positions, key positions and raw texts, in the same order; tested against it).

It is only a shortcut. Anything it does not recognise with certainty makes it give up, and the
file is loaded by the full loader (loading/compose.py), which owns every diagnostic: flow
collections over several lines or holding anything but plain words, block scalars, anchors,
aliases, tags, directives, several documents, quoted text with escapes or over several lines,
plain text over several lines, a duplicate key, tabs, carriage returns and every character
libyaml would refuse or read as a line break.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from functools import cache
from itertools import accumulate, count, repeat
from operator import add, sub
from typing import Any

from nzconfig.core.limits import MAX_DEPTH, MAX_VALUES
from nzconfig.loading import loader
from nzconfig.loading.loader import IMPLICIT, NULL, SHORT, STR, Document, Path_, typed

# Characters that libyaml reads as printable and not as a line break: anything else (tab,
# carriage return, NEL, U+2028/9, a byte-order mark, controls) goes to the full loader.
# ASCII text, nearly every file, needs only the first (compiling the second costs start-up
# milliseconds, so it is compiled when a file first needs it).
_OTHER_ASCII = re.compile("[^\n\x20-\x7e]")
_OTHER = "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
# A mapping key: plain text that is surely a key (words of letters, digits and `_.-&`
# between single spaces, at most 128 characters, where YAML allows 1,024) or single-quoted
# text without quotes in it, then `:` and a space or the end of the line.
_KEY = re.compile(r"([A-Za-z0-9_](?:[A-Za-z0-9_.\-&]| (?=[A-Za-z0-9_.\-&])){0,127}"
                  r"|'[^']{0,126}')(?::(?: +|$))")
# What a plain scalar may not start with here: indicators, and `-`, `?`, `:` (which may
# start one in YAML, but not always).
# A list item that is surely one plain text: no `:` or `#`, no space at the end, and not one
# of the words that are not text (_WORDS; numbers do not start with a letter).
_WORD = re.compile(r"[A-Za-z_](?:[^:#]*[^ :#])?")
_WORDS = frozenset({"true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"})
_COMMENT = re.compile(r"^ *#", re.MULTILINE)
# A plain word in a flow list or mapping: no spaces, indicators or other punctuation.
_FLOW_WORD = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.+\-]*")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")


@cache
def _run(indent: int) -> re.Pattern[str] | None:
    """Lines that are each one list item of one word (as _WORD) at ``indent``, each ending in
    a line break: a member list. None past an indent worth a pattern of its own."""
    if indent > 32:
        return None
    word = _WORD.pattern.replace("[^:#]", "[^:#\n]").replace("[^ :#]", "[^ :#\n]")
    return re.compile(f"(?:{' ' * indent}- {word}\n)+")


def _skip(text: str, at: int) -> int:
    """Where the spaces from ``at`` on end."""
    while text.startswith(" ", at):
        at += 1
    return at


def _closing(text: str, start: int) -> int:
    """Where the single quote that closes a single-quoted text is (``''`` is a quote in it),
    from ``start`` on; -1 when it is not in ``text``."""
    while True:
        end = text.find("'", start)
        if end < 0 or text[end + 1:end + 2] != "'":
            return end
        start = end + 2


class _GiveUp(Exception):
    """The file is not one this reader is sure of: the full loader reads it."""


def load_plain(text: str, file: str) -> Document | None:
    """The Document of ``text`` as loader.load_text would give it, or None when this reader
    is not sure of the file (then the full loader must read it)."""
    if (_OTHER_ASCII if text.isascii() else re.compile(_OTHER)).search(text) is not None:
        return None
    every = lines = text.split("\n")
    if not lines[-1]:  # the end of the last line, not a blank line to take out below
        lines = lines[:-1]
    bodies = list(map(str.lstrip, lines, repeat(" ")))
    numbers: Sequence[int] = range(1, len(lines) + 1)
    if "" in bodies or _COMMENT.search(text) is not None:  # blank lines and comments go
        kept = [n for n, body in enumerate(bodies) if body and body[0] != "#"]
        numbers = [n + 1 for n in kept]
        lines = [lines[n] for n in kept]
        bodies = [bodies[n] for n in kept]
    indents = list(map(sub, map(len, lines), map(len, bodies)))
    if not bodies or len(bodies) > MAX_VALUES // 4:  # a line makes at most 3 nodes
        return None
    positions: dict[Path_, loader.Pos] = {}
    doc = Document(file, {}, positions)
    reader = _Reader(doc, text, every, numbers, lines, indents, bodies)
    try:
        pos = (numbers[0], indents[0] + 1)
        doc.positions[()] = reader.share(pos, pos)
        doc.data = reader.mapping(indents[0], (), 0)
    except _GiveUp:
        return None
    if reader.i != len(bodies):
        return None
    if reader.runs:
        doc.positions = loader.Positions(positions, reader.runs)
    return doc


class _Reader:
    __slots__ = ("bodies", "doc", "every", "i", "indents", "lines", "n", "numbers", "runs",
                 "share", "starts", "text", "values")

    def __init__(self, doc: Document, text: str, every: list[str], numbers: Sequence[int],
                 lines: list[str], indents: list[int], bodies: list[str]) -> None:
        self.doc, self.text, self.every = doc, text, every
        self.numbers, self.lines = numbers, lines
        self.indents, self.bodies = indents, bodies
        self.i, self.n = 0, len(bodies)
        self.starts: list[int] | None = None  # where each line of the text starts, when asked
        self.runs: list[loader.Run] = []  # the runs of items read by words()
        self.values = 0  # the nodes read in flow lists and mappings
        self.share = loader.shared()

    def mapping(self, indent: int, path: Path_, depth: int) -> dict[str, Any]:
        """The block mapping whose keys stand at ``indent``, from the current line on (its
        own position is set by the caller)."""
        if depth >= MAX_DEPTH:  # its values would be too deep: the full loader says where
            raise _GiveUp
        share, numbers, indents, bodies = self.share, self.numbers, self.indents, self.bodies
        positions, key_positions = self.doc.positions, self.doc.key_positions
        result: dict[str, Any] = {}
        while True:
            i = self.i
            body = bodies[i]
            match = _KEY.match(body)
            if match is None:
                raise _GiveUp
            key = match.group(1)
            if key[0] == "'":
                key = key[1:-1]
            key = sys.intern(key)
            if key in result:
                raise _GiveUp  # the full loader reports the duplicate
            line = numbers[i]
            child = (*path, key)
            child = share(child, child)
            pos = (line, indent + 1)
            key_positions[child] = share(pos, pos)
            rest = body[match.end():]
            self.i = i + 1
            if not rest or rest[0] == "#":  # a nested block, or an empty value
                result[key] = self.block(indent, child, depth + 1,
                                         (line, indent + match.end(1) + 2))
            else:
                pos = (line, indent + match.end() + 1)
                positions[child] = share(pos, pos)
                result[key] = self.scalar(rest, child, indent, depth + 1)
            if self.i == self.n:
                return result
            next_indent = indents[self.i]
            if next_indent < indent:
                return result
            if next_indent > indent:
                raise _GiveUp  # text over several lines, or a misplaced line

    def block(self, indent: int, path: Path_, depth: int, empty: tuple[int, int]) -> Any:
        """The value of a key with nothing after its colon: the block on the lines below
        it, or null (positioned just after the colon, as libyaml places it)."""
        positions, i = self.doc.positions, self.i
        if i < self.n:
            below, body = self.indents[i], self.bodies[i]
            pos = (self.numbers[i], below + 1)
            if below > indent or (below == indent and body[:2] == "- "):
                positions[path] = self.share(pos, pos)
                if body[:2] == "- ":
                    return self.sequence(below, path, depth)
                return self.mapping(below, path, depth)
        positions[path] = self.share(empty, empty)
        return None

    def sequence(self, indent: int, path: Path_, depth: int) -> list[Any]:
        if depth >= MAX_DEPTH:
            raise _GiveUp
        share, numbers, indents, bodies = self.share, self.numbers, self.indents, self.bodies
        positions = self.doc.positions
        items: list[Any] = []
        lines, n, i = self.lines, self.n, self.i
        prefix = " " * indent + "- "
        start = indent + 2
        run = _run(indent)
        while i < n:
            line = lines[i]
            if run is not None and line.startswith(prefix) and (
                    taken := self.words(run, i, path, len(items), start, items)):
                i += taken  # a run of the common items below, read at once
                continue
            if line.startswith(prefix) and (match := _WORD.fullmatch(line, start)) and (
                    value := match.group()) not in _WORDS:
                # The common item, one word of text (a member's code): read at once.
                child = (*path, len(items))
                child = share(child, child)
                pos = (numbers[i], start + 1)
                positions[child] = share(pos, pos)
                items.append(sys.intern(value) if len(value) <= SHORT else value)
                i += 1
                continue
            self.i = i
            if indents[i] != indent:
                break
            body = bodies[i]
            if body[:2] != "- ":
                if body == "-":
                    raise _GiveUp  # an item on the lines below its dash
                break
            content = body[2:].lstrip(" ")
            if not content or content[0] == "#":
                raise _GiveUp
            column = indent + len(body) - len(content)  # of the content, from 0
            child = (*path, len(items))
            child = share(child, child)
            pos = (numbers[i], column + 1)
            positions[child] = share(pos, pos)
            if _KEY.match(content):  # `- key: value`: a mapping whose keys stand here
                bodies[i], indents[i] = content, column
                items.append(self.mapping(column, child, depth + 1))
            else:
                self.i = i + 1
                items.append(self.scalar(content, child, indent, depth + 1))
            i = self.i
        self.i = i
        if i < n and indents[i] > indent:
            raise _GiveUp
        return items

    def words(self, run: re.Pattern[str], i: int, path: Path_, base: int, start: int,
              items: list[Any]) -> int:
        """The list items of one word each (as in ``sequence``) on the lines from ``i`` on,
        read with one match over the text: appended to ``items`` (the ``base``-th on) with
        their paths and positions. How many were read (0: none here)."""
        starts = self.starts
        if starts is None:  # where line k of the text starts: the lengths before it, k breaks
            starts = self.starts = list(map(add, accumulate(map(len, self.every), initial=0),
                                            count()))
        number = self.numbers[i]
        match = run.match(self.text, starts[number - 1])
        if match is None:
            return 0
        # Each line is the prefix, a word and a break: the words are what lies between.
        words = match.group()[start:-1].split("\n" + match.group()[:start])
        if not _WORDS.isdisjoint(words):  # `true`, `null`...: read up to the first of them
            words = words[:min(words.index(word) for word in _WORDS.intersection(words))]
        taken = len(words)
        if not taken:
            return 0
        self.runs.append((len(self.doc.positions), path, base, taken, number, start + 1))
        # Interned in place, then added as a list: a list extended by a list (from empty, a
        # member list) is sized exactly, by an iterator it is grown with room to spare.
        if max(map(len, words)) <= SHORT:
            words[:] = map(sys.intern, words)
        else:
            words[:] = (sys.intern(word) if len(word) <= SHORT else word for word in words)
        items.extend(words)
        return taken

    def scalar(self, rest: str, path: Path_, indent: int, depth: int) -> Any:
        """The value that starts at ``rest`` (the rest of its line), in a block whose keys or
        dashes stand at ``indent``, ``depth`` levels down."""
        first = rest[0]
        if first == "'":
            end = _closing(rest, 1)
            if end >= 0:
                value = rest[1:end]
            else:  # over several lines (a long name, as PyYAML writes it): folded
                parts = [rest[1:].rstrip(" ")]
                rest, end = self.continued(parts, indent)
                value = " ".join(parts)
            if "''" in value:
                value = value.replace("''", "'")
        elif first == '"':
            end = rest.find('"', 1)
            value = rest[1:end]
            if end < 0 or "\\" in value:
                raise _GiveUp  # over several lines, or escapes
        else:
            return self.plain(rest, path, depth)
        tail = rest[end + 1:]
        if tail and (tail[0] != " " or tail.lstrip(" ")[:1] not in ("", "#")):
            raise _GiveUp  # text after the closing quote
        return sys.intern(value) if len(value) <= SHORT else value

    def continued(self, parts: list[str], indent: int) -> tuple[str, int]:
        """The lines of a single-quoted text after its first, up to its closing quote: each
        line's text goes into ``parts``; the last line and its closing quote are returned.
        Only lines right below one another and indented deeper than the block's."""
        if not parts[0]:
            raise _GiveUp
        numbers, indents, bodies = self.numbers, self.indents, self.bodies
        while True:
            i = self.i
            if i == self.n or numbers[i] != numbers[i - 1] + 1 or indents[i] <= indent:
                raise _GiveUp  # blank lines (kept as line breaks), or a misplaced line
            body = bodies[i]
            self.i = i + 1
            end = _closing(body, 0)
            if end >= 0:
                parts.append(body[:end])
                return body, end
            parts.append(body.rstrip(" "))

    def plain(self, rest: str, path: Path_, depth: int) -> Any:
        first = rest[0]
        if first in _INDICATORS:
            if first not in "[{":
                raise _GiveUp
            # A flow list or mapping on this one line (`levels: [book, journal]`).
            line = self.lines[self.i - 1]  # rest ends it
            collection, end = self.flow(rest, 0, path, self.numbers[self.i - 1],
                                        len(line) - len(rest), depth)
            if rest[end:].lstrip(" ")[:1] not in ("", "#"):
                raise _GiveUp  # text after it
            return collection
        cut = rest.find(" #")
        value = (rest if cut < 0 else rest[:cut]).rstrip(" ")
        if ": " in value or value[-1] == ":":
            raise _GiveUp
        return self.typed(value, path)

    def flow(self, text: str, at: int, path: Path_, line: int, column: int, depth: int,
             ) -> tuple[list[Any] | dict[str, Any], int]:
        """The flow list or mapping that opens at ``text[at]`` and closes on this line, with
        plain words for keys and values, and where it ends. ``column`` is where ``text``
        starts in its line (from 0). Anything else (quotes, spaces or indicators in a word,
        an empty value, a trailing comma, a comment inside) and the full loader reads it."""
        if depth >= MAX_DEPTH:
            raise _GiveUp
        self.values += 1
        if self.values > MAX_VALUES // 4:  # with the lines' three at most, within MAX_VALUES
            raise _GiveUp
        share, doc = self.share, self.doc
        closing = "]" if text[at] == "[" else "}"
        items: list[Any] | dict[str, Any] = [] if closing == "]" else {}
        k = _skip(text, at + 1)
        if text[k:k + 1] == closing:
            return items, k + 1
        while True:
            if isinstance(items, dict):
                word = _FLOW_WORD.match(text, k)
                if word is None or text[word.end():word.end() + 2] != ": ":
                    raise _GiveUp
                key = sys.intern(word.group())
                if key in items:
                    raise _GiveUp  # the full loader reports the duplicate
                child = (*path, key)
                child = share(child, child)
                pos = (line, column + k + 1)
                doc.key_positions[child] = share(pos, pos)
                k = _skip(text, word.end() + 2)
            else:
                child = (*path, len(items))
                child = share(child, child)
            pos = (line, column + k + 1)
            doc.positions[child] = share(pos, pos)
            if text[k:k + 1] in ("[", "{"):
                value, k = self.flow(text, k, child, line, column, depth + 1)
            else:
                word = _FLOW_WORD.match(text, k)
                if word is None or text[word.end():word.end() + 1] not in (" ", ",", closing):
                    raise _GiveUp
                self.values += 1
                if self.values > MAX_VALUES // 4:
                    raise _GiveUp
                value, k = self.typed(word.group(), child), word.end()
            if isinstance(items, dict):
                items[key] = value
            else:
                items.append(value)
            k = _skip(text, k)
            mark = text[k:k + 1]
            if mark == closing:
                return items, k + 1
            if mark != ",":
                raise _GiveUp
            k = _skip(text, k + 1)
            if text[k:k + 1] == closing:
                raise _GiveUp  # a trailing comma

    def typed(self, value: str, path: Path_) -> Any:
        """A plain scalar's value, by the core schema (its text is kept when not text)."""
        tag = STR
        for candidate, pattern in IMPLICIT.get(value[:1], ()):
            if pattern.match(value):
                tag = candidate
                break
        if tag == STR:
            return sys.intern(value) if len(value) <= SHORT else value
        if tag == NULL:
            return None
        try:
            result = typed(tag, value)
        except (KeyError, ValueError, ArithmeticError):
            raise _GiveUp from None
        if not loader.own_spelling(value, result):
            self.doc.raw[path] = sys.intern(value) if len(value) <= SHORT else value
        return result
