"""A small valid repository for the property tests, and random edits of its files."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from tests.support.repos import collection, make_repo, write

MEMBERS = ("AAA", "BBB", "CCC", "DDD")


def build(root: Path) -> Path:
    """Four members, collections with linking, CDI overrides, availability and notes."""
    make_repo(root, [
        collection("Shared Books (TST)", ["AAA", "BBB", "CCC"], package="Books Inc",
                   availability=["Access to all in collection"], status="active",
                   linking={"level": "book", "method": "link_resolver"},
                   cdi={"BBB": {"cdi_search_activation_status": False,
                                "reason": "BBB loads these records itself"}}),
        collection("Shared Journals (TST)", ["AAA", "BBB", "CCC", "DDD"],
                   notes="Journals for all; ünïcode is fine here"),
        collection("Imported Films (TST)", ["CCC", "DDD"], managed_via="import_profile",
                   import_profile="Films loader", acquisitions_profile="TST"),
    ], members=MEMBERS)
    for code in MEMBERS:
        write(root, f"institutions/{code}.yaml", {
            "code": code, "name": f"{code} Library", "cdi_consortia_inheritance": True,
            "fte": {"2023": 1200, "2024": 1250},
        })
    return root


def files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.glob("*/*.yaml"))


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path in ``data``, the root included, in a stable order."""
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*path, index))
    return found


def _value(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    return _value(data, path[:-1])


# Values of every YAML kind, with text that YAML might read as something else.
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**30, 10**30)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30)
    | st.sampled_from(["NO", "yes", "on", "010", "0x1A", "1_000", "2024-05-01", "~", "",
                       "null", ".nan", "-.inf", "AAA", "ZZZ", "book", "link_resolver"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=4),
    max_leaves=8,
)


@st.composite
def data_edit(draw: st.DrawFn, text: str) -> str:
    """Parse, change one thing (delete, retype, rename, shuffle), and write back as YAML."""
    data = yaml.safe_load(text)
    paths = _paths(data)
    path = draw(st.sampled_from(paths))
    action = draw(st.sampled_from(["delete", "replace", "rename", "shuffle", "add"]))
    if action == "delete" and path:
        del _parent(data, path)[path[-1]]
    elif action == "replace" and path:
        _parent(data, path)[path[-1]] = draw(VALUES)
    elif action == "rename" and path and isinstance(path[-1], str):
        parent = _parent(data, path)
        parent[draw(st.text(min_size=1, max_size=12))] = parent.pop(path[-1])
    elif action == "shuffle":
        lists = [p for p in paths if isinstance(_value(data, p), list)]
        if lists:
            target = _value(data, draw(st.sampled_from(lists)))
            random.Random(draw(st.integers(0, 2**16))).shuffle(target)
    else:
        target = _value(data, path)
        if isinstance(target, dict):
            target[draw(st.text(max_size=12))] = draw(VALUES)
        elif isinstance(target, list):
            target.append(draw(VALUES))
    return yaml.safe_dump(data, allow_unicode=draw(st.booleans()), sort_keys=False,
                          default_flow_style=draw(st.sampled_from([False, None])))


@st.composite
def text_edit(draw: st.DrawFn, text: str) -> str:
    """Truncate, insert random characters, or delete a span of the text itself."""
    at = draw(st.integers(0, len(text)))
    action = draw(st.sampled_from(["truncate", "insert", "delete"]))
    if action == "truncate":
        return text[:at]
    if action == "insert":
        return text[:at] + draw(st.text(min_size=1, max_size=8)) + text[at:]
    return text[:at] + text[at + draw(st.integers(1, 20)):]


def edit(text: str) -> st.SearchStrategy[str]:
    return st.one_of(data_edit(text), text_edit(text))
