"""The fast reader gives exactly what the full loader gives, or gives up.

loading/plain.py reads plain block YAML line by line; loader.load_text otherwise composes
libyaml's node graph. Whatever the fast reader accepts must come out the same as the full
loader's Document (data and its types, positions, key positions, raw texts, in order), and
it must never accept what the full loader refuses. Checked on every shipped file, on the
generated consortia, on hand-picked edge cases, and on random edits of real files.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nzconfig.core.limits import MAX_VALUES
from nzconfig.loading import compose, loader, plain
from nzconfig.loading.loader import Document
from tests.conftest import ROOT
from tests.support.profile import examples

SHIPPED = sorted(
    path for folder in ("collections", "institutions", "policies", "vendors", "licences",
                        "costs", "examples", "tests/fixtures")
    for path in (ROOT / folder).rglob("*.yaml")
)
TEXTS = [text for text in (path.read_bytes().decode("utf-8", "replace") for path in SHIPPED)
         if "\ufffd" not in text]  # a fixture or two is deliberately not UTF-8


def full(text: str) -> Document | list[Any]:
    """The full loader's result (libyaml's node graph), with fresh sharing tables so that
    nothing the fast reader stored can leak into it."""
    saved = dict(loader._SHARED)
    loader._SHARED.clear()
    try:
        return loader.load_text(text, "f.yaml", compose._Composer)
    finally:
        loader._SHARED.update(saved)


def shape(value: Any) -> Any:
    """The data with each value's type, so that 1, 1.0, True and "1" are told apart."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(item) for item in value]
    return (type(value).__name__, str(value) if isinstance(value, Decimal) else value)


def agrees(text: str) -> bool:
    """True when the fast reader took ``text`` (and then agrees with the full loader)."""
    fast = plain.load_plain(text, "f.yaml")
    if fast is None:
        return False
    slow = full(text)
    assert isinstance(slow, Document), f"the fast reader took what is refused: {slow}"
    assert shape(fast.data) == shape(slow.data)
    # Looked up first: a member list read as a run answers from the run (loader.Positions)
    # until something iterates, which makes every entry.
    assert len(fast.positions) == len(slow.positions)
    assert all(fast.positions.get(path) == pos for path, pos in slow.positions.items())
    assert list(fast.positions.items()) == list(slow.positions.items())
    assert list(fast.key_positions.items()) == list(slow.key_positions.items())
    assert list(fast.raw.items()) == list(slow.raw.items())
    for line, column in (*fast.positions.values(), *fast.key_positions.values()):
        assert isinstance(line, int) and isinstance(column, int)
    return True


def test_shipped_files_read_fast_and_the_same() -> None:
    taken = [text for text in TEXTS if agrees(text)]
    # Many: the rest have folded text, flow lists and the like (the full loader's).
    assert len(taken) >= 0.5 * len(TEXTS), (len(taken), len(TEXTS))
    # Every shipped collection and institution: the files a repository has thousands of.
    data = [path for folder in ("collections", "institutions")
            for path in sorted((ROOT / folder).glob("*.yaml"))]
    assert data and all(plain.load_plain(path.read_text(encoding="utf-8"), path.name)
                        for path in data)


# Texts the fast reader must take (and read as the full loader does).
TAKEN = [
    "a:\nb: 1\n",
    "a:   # c\nb:\n",
    "# c\n\n  a: 1\n  b:\n    - x\n    -  y\n",
    "a:\n- x\n- k: 1\n  j: 'q'\nb: \"s\"\n",
    "a:\n  b:\nc: 1",
    "a: x\n  # c\n",
    "a: []\nb: {}  # none\n",
    "n: 1\nf: 1.5\nh: .inf\ni: 0x1F\nj: 0o17\nk: 1_000\nl: 2024-05-01\nm: ~\nnn: null\n",
    "t: true\nu: True\nv: yes\nw: NO\nx: on\n",
    "members:\n- TRUE\n- Null\n- nope\n- 'true'\n- \"1\"\n- a b \n- c #d\n- e#f\n",
    "a: 'it''s'\nd: \"x\" # ok\n",
    "'k': v\n'': w\n",
    "url: https://x.org/a?b=c#d\nname: Women's Studies (WRLC)\n",
    "a:\n  - k: 1\n    j:\n    - x\n  - k: 2\nb: 3\n",
    "a:\n  b:\n    c:\n      d: 1\n  e: 2\n",
    # member lists: runs of one word a line, broken by a blank line, a comment, a word that is
    # not text, another kind of item; the last line without its line break
    "members:\n- AAA\n- BBB\n- true\n- CCC\n\n- DDD\n# c\n- EEE\n- 'F'\n- GGG\nnotes: x\n",
    "a:\n  members:\n    - AAA\n    - BBB\n  b: 1\nmembers:\n- CCC\n- DDD",
    # flow lists and mappings of plain words on one line, as the policy files have them
    "levels: [book, journal]\n",
    "a: {x: 1, y: 0.25, z: false, n: null}\n",
    "a:\n  alma: {codes: [A, B], values: yes_no}  # c\n",
    "a:\n- [x, y]\n- {k: v}\n-  [z]\n",
    "a: [ x ,  y ]\nb: [[]]\nc: {k: {}}\nd: [1, 1e5, 0x1F, true]\n",
    # keys of several words
    "Book & Chapter Downloads: x\nJournal Article Downloads: y\n",
    "a:\n- k l: 1\n  m: 2\n",
    # single-quoted text over several lines, as PyYAML writes long names
    "name: 'A long: name for the\n  Consortium''s Programme (WRLC)'\nb: 1\n",
    "name: 'one\n  two  \n   three '  # c\nb: 1\n",
    "a:\n  name: 'one\n   two'\n", "a:\n- 'one\n  two'\n- x\n", "a:\n  - 'one\n    two'\n",
    "name: 'one''\n  two'''\n", "name: 'one\n  - two: x'\n",
]

# Texts the fast reader must leave to the full loader, which reads or refuses them.
LEFT = [
    "c: [] x\n", "g: -1\n", "b: \"x\\ty\"\n", "c: 'x' y\n", "x: on\n- y\n",
    "a: b: c\nd: e\n", "a: b:\n", "a:b\n", "a :b\n", "a  b: c\n", "a b : c\n",
    "a: x\n  y\n", "a:\n  x\n", "a:\n  b: 1\n c: 2\n", "a:\n- x\n  - y\n", "a: 1\na: 2\n",
    "- a\n- b\n", "just text\n", "", "\n\n# only a comment\n", "---\na: 1\n", "a: 1\n...\n",
    "a: &x 1\nb: *x\n", "a: !!str 1\n", "<<: {a: 1}\n", "a: |\n  text\n", "a:\n-\n  - x\n",
    "a: x\tb\n", "a: x\r\nb: y\r\n", "a: x\u2028y\n", "a: \ufeffx\n", "a: \x85x\n",
    "a: %x\n", "a: @x\n", "a: `x\n", "a: ?x\n", "a: -x\n", "a: :x\n", "a: x:\n",
    "k" * 200 + ": v\n",
    "name: 'one\n\n  two'\n", "name: 'one\n  # two'\n", "name: 'one\ntwo'\n",
    "a:\n  name: 'one\n  two'\n", "name: '\n  two'\n", "name: 'one\n  two' x\n",
    "name: 'one\n  two\n",
    # flow collections the fast reader does not read: over lines, quoted, spaced or empty
    # values, a trailing comma, a comment inside, duplicate keys, text after the end
    "a: [x,\n  y]\n", "a: [x, 'y']\n", "a: [x y]\n", "a: {x: }\n", "a: {x:1}\n",
    "a: [x, y,]\n", "a: [x, #c\n", "a: {x: 1, x: 2}\n", "a: [x] y\n", "a: [~x]\n",
    "a: [a:b]\n", "a: [-1]\n", "a: {[x]: y}\n", "a: [x]]\n", "a: " + "[" * 70 + "]" * 70 + "\n",
]


@pytest.mark.parametrize("text", TAKEN)
def test_taken_edge_cases(text: str) -> None:
    assert agrees(text), "the fast reader left it to the full loader"


@pytest.mark.parametrize("text", LEFT)
def test_left_edge_cases(text: str) -> None:
    assert plain.load_plain(text, "f.yaml") is None


def test_a_flow_list_past_the_value_limit_is_left_to_the_full_loader() -> None:
    text = "v: [" + "a, " * (MAX_VALUES // 4) + "a]\n"
    assert plain.load_plain(text, "f.yaml") is None
    assert plain.load_plain("v: [" + "a, " * 1000 + "a]\n", "f.yaml") is not None


def test_too_deep_is_left_to_the_full_loader() -> None:
    text = "".join("  " * depth + f"k{depth}:\n" for depth in range(70)) + "  " * 70 + "x: 1\n"
    assert plain.load_plain(text, "f.yaml") is None
    refused = loader.load_text(text, "f.yaml")
    assert isinstance(refused, list) and refused[0].rule == "NZ011"


_PIECES = [*" \n-:#'\"abc01.~&*![]{},?%@`\\é\t\r", "- ", ": ", " #", "\n  ", "\n- ", "'\n  ",
           "true", "1.5", "0x1", "null", "''", "--- ", "...", "\n    - ", "[]"]


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_edits_agree(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(TEXTS))[:3000]
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(text)))
        piece = data.draw(st.sampled_from(_PIECES))
        cut = data.draw(st.integers(0, 3))
        text = text[:at] + piece + text[at + cut:]
    agrees(text)


def test_many_random_edits_agree() -> None:
    """A seeded hunt wider than hypothesis's examples (20 times wider nightly)."""
    rng = random.Random(13)
    texts = [text[:2000] for text in TEXTS]
    taken = 0
    tries = examples(600)
    for _ in range(tries):
        text = rng.choice(texts)
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(_PIECES) + text[at + rng.randint(0, 2):]
        taken += agrees(text)
    assert taken > tries // 6  # many edits leave a file plain: the comparison is not vacuous


_TEXT = st.text(alphabet=st.sampled_from([*"aZ09 :#'\"-_.,&*!?[]{}|>%@`\\é", "\u00a0", "ü"]),
                max_size=40)
_SCALARS = st.one_of(_TEXT, st.integers(-10**6, 10**6), st.booleans(), st.none(),
                     st.sampled_from(["true", "null", "1.5", "0x1F", "010", "~", "", " x "]))
_KEYS = st.from_regex(r"[A-Za-z_][A-Za-z0-9_.-]{0,12}", fullmatch=True) | _TEXT
_DATA = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(_KEYS, inner, max_size=4), max_leaves=25)


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.dictionaries(_KEYS, _DATA, min_size=1, max_size=6),
       width=st.integers(20, 100), indent=st.sampled_from([2, 4]))
def test_what_pyyaml_writes_agrees(data: dict[str, Any], width: int, indent: int) -> None:
    """Block YAML as PyYAML writes it (wrapped long texts, quoting where needed): the shape
    of generated and machine-edited files."""
    import yaml

    text = yaml.safe_dump(data, default_flow_style=False, sort_keys=False, width=width,
                          indent=indent, allow_unicode=True)
    agrees(text)


# Data the fast reader must take however PyYAML lays it out: plain words (not a YAML boolean
# or null in any version), whole numbers, booleans, nulls; lists of scalars and of mappings
# (a list directly in a list PyYAML writes as `- - x`, which the fast reader leaves).
_WORD = st.from_regex(r"[a-z]{1,6}_[a-z0-9]{0,4}", fullmatch=True)
_PLAIN = st.one_of(_WORD, st.integers(0, 10**6), st.booleans(), st.none())
_PLAIN_DATA = st.recursive(
    _PLAIN, lambda inner: st.lists(_PLAIN | st.dictionaries(_WORD, inner, min_size=1,
                                                            max_size=3), max_size=5)
    | st.dictionaries(_WORD, inner, max_size=4), max_leaves=30)


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.dictionaries(_WORD, _PLAIN_DATA, min_size=1, max_size=6),
       indent=st.sampled_from([2, 4]), flow=st.sampled_from([False, None]))
def test_plain_words_are_taken(data: dict[str, Any], indent: int, flow: bool | None) -> None:
    """Block YAML of plain words, and the same with every list and mapping of scalars on one
    line in flow style (``[a, b]``, ``{k: v}``, as the policy files write them), is read by
    the fast reader, and as the full loader reads it."""
    import yaml

    data["list_"] = ["x_"]  # in flow style a top level of scalars alone would be `{k: v}`
    text = yaml.safe_dump(data, default_flow_style=flow, sort_keys=False, width=10**6,
                          indent=indent)
    assert agrees(text), text
