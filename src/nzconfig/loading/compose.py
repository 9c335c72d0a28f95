"""The full loader: libyaml (through PyYAML) composes the node graph; we build data and
positions from it, refuse what a configuration file must not contain, and say where.

Imported only for a file the fast reader (loading/plain.py) does not take: importing PyYAML
costs every run's start-up about 15 ms (its reader compiles a large Unicode pattern).
"""

from __future__ import annotations

import sys
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
    MERGE_KEY,
    MULTI_DOC,
    NON_SCALAR_KEY,
    NOT_MAPPING,
    SYNTAX,
    TOO_DEEP,
    TOO_MANY_VALUES,
    UNSAFE_TAG,
)
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.limits import MAX_ALIAS_BYTES, MAX_ALIAS_NODES, MAX_DEPTH, MAX_VALUES
from nzconfig.loading.loader import (
    IMPLICIT,
    MAP,
    NULL,
    SAFE_TAGS,
    SEQ,
    SHORT,
    STR,
    Document,
    Path_,
    Pos,
    own_spelling,
    pointer,
    shared,
    typed,
    whole,
)


class _Core12Resolver(yaml.resolver.BaseResolver):
    """Implicit tags of the YAML 1.2 core schema, nothing of YAML 1.1."""

    # The loader's table (the fast reader's too), not the YAML 1.1 resolvers of the base class.
    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = IMPLICIT  # type: ignore[misc]

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

class _Refused(Exception):
    def __init__(self, rule: str, mark: Any, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.rule, self.mark, self.message, self.hint = rule, mark, message, hint



def compose(text: str, file: str, composer_type: type[Any] | None = None,
            ) -> Document | list[Diagnostic]:
    """``text`` composed by libyaml (or ``composer_type``) and built into a Document, or the
    diagnostics that refuse it."""
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
        return [whole(SYNTAX, file, f"YAML error: {exc}")]
    if node is None or node.tag == NULL:
        return [whole(EMPTY, file, "file is empty; it needs at least its required fields")]
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



def _char_position(text: str, offset: int) -> Pos:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1




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
    return whole(TOO_DEEP, file, message)


def _tab_hint(text: str, mark: Any) -> str | None:
    """A syntax error at or after a tab in the line's indentation is nearly always the tab."""
    if mark is None:
        return None
    lines = text.split("\n")
    line = lines[mark.line] if mark.line < len(lines) else ""
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    return "indent with spaces: YAML does not allow tabs in indentation" if "\t" in indent else None


class _Builder:
    """Turns a node graph into data, recording positions; refuses what is unsafe."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.share = shared()  # called per value: a bound method, not a function
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
            return sys.intern(value) if len(value) <= SHORT else value
        if tag == NULL:
            if value not in ("", "~", "null", "Null", "NULL"):
                raise _Refused(SYNTAX, node.start_mark, f"`{value}` is not a null value")
            return None
        try:
            result = typed(tag, value)
        except (KeyError, ValueError, ArithmeticError):
            raise _Refused(SYNTAX, node.start_mark,
                           f"`{value}` is not a valid {tag.rsplit(':', 1)[-1]}") from None
        if not own_spelling(value, result):
            self.doc.raw[path] = sys.intern(value) if len(value) <= SHORT else value
        return result

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




def _at(rule: str, file: str, mark: Any, message: str, hint: str | None = None) -> Diagnostic:
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return Diagnostic(rule, Severity.ERROR, file, line, col, message, "", hint)

