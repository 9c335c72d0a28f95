"""Inserting and removing entries of ruamel's tree with comments kept in place
(edit.yaml_tree)."""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML

from nzconfig.edit.yaml_tree import give_tail, insert, remove, take_tail


def _load(text: str) -> Any:
    return YAML().load(text)


def _dump(tree: Any) -> str:
    out = io.StringIO()
    YAML().dump(tree, out)
    return out.getvalue()


def test_insert_follows_the_order_and_keeps_the_comment_before_the_next_key() -> None:
    tree = _load("a: 1\n\n# about c\nc: 3\n")
    insert(tree, "b", 2, ("a", "b", "c"))
    assert _dump(tree) == "a: 1\nb: 2\n\n# about c\nc: 3\n"


def test_insert_a_key_not_in_the_order_goes_last() -> None:
    tree = _load("a: 1\n# trailing\n")
    insert(tree, "z", 9, ("a",))
    assert list(tree) == ["a", "z"]
    assert _dump(tree) == "a: 1\nz: 9\n# trailing\n"


def test_insert_before_every_ordered_key() -> None:
    tree = _load("b: 2\nc: 3\n")
    insert(tree, "a", 1, ("a", "b", "c"))
    assert _dump(tree) == "a: 1\nb: 2\nc: 3\n"


def test_insert_into_a_list() -> None:
    tree = _load("m:\n- AAA\n# about CCC\n- CCC\n")
    insert(tree["m"], 1, "BBB", ())
    assert _dump(tree) == "m:\n- AAA\n- BBB\n# about CCC\n- CCC\n"


def test_remove_hands_the_comment_to_the_entry_above() -> None:
    tree = _load("a: 1\nb: 2\n# about c\nc: 3\n")
    remove(tree, "b")
    assert _dump(tree) == "a: 1\n# about c\nc: 3\n"


def test_remove_from_a_nested_mapping_and_a_list() -> None:
    tree = _load("x:\n  y: 1\n  z: 2\n# about w\nw: [1]\nm:\n- A\n- B\n")
    remove(tree["x"], "z")
    remove(tree["m"], -1)
    assert _dump(tree) == "x:\n  y: 1\n# about w\nw: [1]\nm:\n- A\n"


def test_take_and_give_a_tail() -> None:
    tree = _load("a: 1  # own\n# next\nb: 2\n")
    assert take_tail(tree, "a") == "# next\n"
    assert take_tail(tree, "a") == ""  # taken; the end-of-line comment stays
    give_tail(tree, "b", "# moved\n")
    assert _dump(tree) == "a: 1  # own\nb: 2\n# moved\n"
    give_tail(tree, "b", "")
    assert _dump(tree) == "a: 1  # own\nb: 2\n# moved\n"
