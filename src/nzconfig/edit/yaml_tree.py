"""Inserting and removing entries of ruamel's round-trip tree so that comments stay put.

ruamel keeps the comments and blank lines that stand before an entry with the end of the
entry above it (with its deepest last item). When an entry is inserted or removed there,
:func:`insert` and :func:`remove` move them, so that they still stand before the entry they
were written above. Used only by nzconfig.edit.yaml_writer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ruamel.yaml.comments import CommentedBase, CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

Key = str | int


def insert(container: Any, key: Key, value: Any, order: Sequence[str]) -> None:
    if isinstance(container, CommentedSeq):
        assert isinstance(key, int)
        position = key
        container.insert(position, value)
    else:
        keys = list(container)
        rank = {k: i for i, k in enumerate(order)}
        position = len(keys)
        if key in rank:
            before = [i for i, k in enumerate(keys) if rank.get(k, len(rank)) < rank[key]]
            after = [i for i, k in enumerate(keys) if rank.get(k, -1) > rank[key]]
            position = before[-1] + 1 if before else after[0] if after else len(keys)
        container.insert(position, key, value)
    if position > 0:
        previous = _key_at(container, position - 1)
        give_tail(container, key, take_tail(container, previous))


def remove(container: Any, key: Key) -> None:
    position = list(container).index(key) if isinstance(container, CommentedMap) else (
        key if isinstance(key, int) and key >= 0 else len(container) + int(key))
    tail = take_tail(container, key)
    if isinstance(container, CommentedMap):
        container.ca.items.pop(key, None)
    del container[key]
    if tail and position > 0:
        previous = _key_at(container, position - 1)
        give_tail(container, previous, tail)


def _key_at(container: Any, position: int) -> Key:
    return list(container)[position] if isinstance(container, CommentedMap) else position


def _slot(container: Any, key: Key) -> tuple[CommentedBase, Key, int]:
    """Where the comment after the entry ``key`` is kept: its deepest last item's slot."""
    value = container[key]
    while isinstance(value, CommentedMap | CommentedSeq) and len(value) \
            and not value.fa.flow_style():
        container, key = value, (list(value)[-1] if isinstance(value, CommentedMap)
                                 else len(value) - 1)
        value = container[key]
    return container, key, (2 if isinstance(container, CommentedMap) else 0)


def take_tail(container: Any, key: Key) -> str:
    """Detach the lines after the entry's own end-of-line comment; return them."""
    holder, slot_key, index = _slot(container, key)
    entry = holder.ca.items.get(slot_key)
    token = entry[index] if entry and len(entry) > index else None
    if not isinstance(token, CommentToken):
        return ""
    head, newline, tail = token.value.partition("\n")
    if not tail:
        return ""
    if head.strip():
        token.value = head + newline
    else:
        entry[index] = None
    return tail


def give_tail(container: Any, key: Key, tail: str) -> None:
    if not tail:
        return
    holder, slot_key, index = _slot(container, key)
    entry = holder.ca.items.setdefault(slot_key, [None, None, None, None])
    while len(entry) <= index:
        entry.append(None)
    token = entry[index]
    if isinstance(token, CommentToken):
        token.value = token.value.rstrip("\n") + "\n" + tail
    else:
        entry[index] = CommentToken("\n" + tail, CommentMark(0), None)
