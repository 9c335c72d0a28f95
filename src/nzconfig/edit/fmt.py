"""``nzconfig fmt``: every data file in its canonical form, comments kept.

The canonical form, so that a diff shows only what changed:

- keys in the order the file kind's schema lists them (nested mappings too); keys the
  schema does not list keep their place after those it does;
- lists of member codes sorted (rule NZ217's order);
- strings plain where YAML reads them back as the same text, else single-quoted (double
  quotes only where an escape is needed); block scalars (``|``, ``>``) are kept.

It edits through the one comment-preserving writer (nzconfig.edit.yaml_writer): comments,
blank lines and flow style stay, every text is read back and must give the same data, and
all files are written as one transaction. Moving a key moves the comment lines written above
it with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString
from ruamel.yaml.tokens import CommentToken

from nzconfig.core.errors import EXIT_FINDINGS, EXIT_OK, Echo
from nzconfig.core.wording import plural
from nzconfig.edit import yaml_tree, yaml_writer
from nzconfig.edit.yaml_writer import YamlDocument, write_all
from nzconfig.loading.repo import discover, require_repository
from nzconfig.loading.schema import load_schema

MEMBER_CODE = "^[A-Z][A-Z0-9_]*$"


@dataclass(frozen=True, slots=True)
class Result:
    changed: list[YamlDocument]
    checked: int


def run(root: Path, paths: Iterable[Path] = ()) -> Result:
    """The canonical form of the repository's data files (only those under ``paths``, if
    given); nothing is written here (see :func:`write`)."""
    require_repository(root)
    wanted = [p.resolve() for p in paths]
    sources, _ = discover(root)
    changed = []
    checked = 0
    for source in sources:
        where = source.path.resolve()
        if wanted and not any(where == p or where.is_relative_to(p) for p in wanted):
            continue
        checked += 1
        doc = YamlDocument.open(source.path, source.file)
        if canonical(doc, load_schema(source.kind)):
            changed.append(doc)
    return Result(changed, checked)


def write(result: Result) -> None:
    write_all(result.changed)


def format_files(root: Path, paths: Iterable[Path], echo: Echo, *, check: bool = False,
                 show_diff: bool = False) -> int:
    """``nzconfig fmt``: format the files (with ``check``, only name those that need it),
    each named as it goes, its diff first with ``show_diff``; the exit code."""
    result = run(root, paths)
    for doc in result.changed:
        if show_diff:
            echo(doc.diff(), nl=False)
        echo(f"{doc.file}: {'would reformat' if check else 'reformatted'}", err=show_diff)
    if check:
        if result.changed:
            echo(f"nzconfig: {plural(len(result.changed), 'file')} to format; run "
                 "`nzconfig fmt`", err=True)
            return EXIT_FINDINGS
        echo(f"{result.checked} files already formatted")
        return EXIT_OK
    write(result)
    echo(f"{len(result.changed)} of {result.checked} files reformatted")
    return EXIT_OK


def canonical(doc: YamlDocument, schema: dict[str, Any]) -> bool:
    """Put ``doc`` in the canonical form for ``schema``; whether its text changes."""
    return doc.reshape(lambda root: _mapping(root, schema, schema, top=True))


def _mapping(node: CommentedMap, schema: dict[str, Any], top_schema: dict[str, Any],
             top: bool = False) -> None:
    schema = _resolve(schema, top_schema)
    order = _order(schema, top_schema)
    if order:
        _reorder(node, order, top)
    for key in list(node):
        _value(node, key, _child(schema, str(key), top_schema), top_schema)


def _value(parent: Any, key: Any, schema: dict[str, Any], top_schema: dict[str, Any]) -> None:
    value = parent[key]
    schema = _resolve(schema, top_schema)
    if isinstance(value, CommentedMap):
        _mapping(value, schema, top_schema)
    elif isinstance(value, CommentedSeq):
        items = _resolve(schema.get("items") or {}, top_schema)
        if items.get("pattern") == MEMBER_CODE and all(isinstance(v, str) for v in value):
            wanted = sorted(value)
            if list(value) != wanted:
                yaml_writer.edit_list(value, wanted)
        for index in range(len(value)):
            _value(value, index, items, top_schema)
    elif isinstance(value, SingleQuotedScalarString | DoubleQuotedScalarString):
        # (ruamel's own __setitem__ would keep the old quoting style.)
        base = dict if isinstance(parent, CommentedMap) else list
        base.__setitem__(parent, key, _quoted(str(value)))


# Words YAML 1.1 tools read as booleans or null: kept quoted for them, though nzconfig (YAML
# 1.2) reads them as text either way.
_AMBIGUOUS = re.compile(r"^(y|yes|n|no|true|false|on|off|null|~)$", re.IGNORECASE)


def _quoted(text: str) -> str:
    """A quoted string's canonical style: plain where it starts with a letter and no YAML
    reader could take it for anything but text (the writer quotes it again where YAML needs
    it, as in `a: b`), else single quotes, or double quotes where an escape is needed."""
    if any(c in yaml_writer.NEEDS_ESCAPES for c in text):
        double: str = DoubleQuotedScalarString(text)
        return double
    if not text or not text[0].isalpha() or _AMBIGUOUS.match(text):
        single: str = SingleQuotedScalarString(text)
        return single
    return text


def _resolve(schema: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        found = top.get("$defs", {}).get(ref.removeprefix("#/$defs/"), {})
        return {**found, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def _order(schema: dict[str, Any], top: dict[str, Any]) -> list[str]:
    keys = list(schema.get("properties", {}))
    for part in schema.get("allOf", ()):
        keys += [k for k in _resolve(part, top).get("properties", {}) if k not in keys]
    return keys


def _child(schema: dict[str, Any], key: str, top: dict[str, Any]) -> dict[str, Any]:
    props = schema.get("properties", {})
    if key in props:
        return dict(props[key])
    for pattern, sub in schema.get("patternProperties", {}).items():
        if re.search(pattern, key):
            return dict(sub)
    extra = schema.get("additionalProperties")
    return dict(extra) if isinstance(extra, dict) else {}


def _reorder(node: CommentedMap, order: list[str], top: bool) -> None:
    """Keys in ``order`` (unknown keys after, as they were), each with the comment lines
    written above it."""
    keys = list(node)
    rank = {k: i for i, k in enumerate(order)}
    target = sorted(keys, key=lambda k: (rank.get(str(k), len(rank)), keys.index(k)))
    if target == keys:
        return
    if not top and len(keys) and target[0] != keys[0]:
        # Lines above a nested mapping's first key belong to its parent's entry; leave it.
        return
    lead = {keys[i]: yaml_tree.take_tail(node, keys[i - 1]) for i in range(1, len(keys))}
    end = yaml_tree.take_tail(node, keys[-1])
    for key in target:
        node.move_to_end(key)
    for previous, key in pairwise(target):
        yaml_tree.give_tail(node, previous, lead.get(key, ""))
    yaml_tree.give_tail(node, target[-1], end)
    first = lead.get(target[0], "")
    if first:  # lines written above a key that is now first: after the file's header
        if node.ca.comment is None:
            node.ca.comment = [None, []]
        while len(node.ca.comment) < 2:
            node.ca.comment.append([])
        if node.ca.comment[1] is None:
            node.ca.comment[1] = []
        node.ca.comment[1].append(CommentToken(first, CommentMark(0), None))
