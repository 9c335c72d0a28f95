"""The loader: positions that point at the text, YAML 1.2 scalars, and refusals as diagnostics."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from nzconfig.core.diagnostics import Diagnostic
from nzconfig.loading.compose import LIBYAML, PyComposer
from nzconfig.loading.loader import Document, load_bytes, load_text

SAMPLE = """\
# a comment
name: JSTOR (WRLC)
cz_name: "JSTOR Books"
linking: {level: book, method: link_resolver}
availability:
  - DDA - Access to titles
  - 'EBA - Access to all'
members: [AMU, GWA,
  HOW]
cdi:
  GWA:
    reason: >-
      folded text
    cdi_search_activation_status: false
fte:
  "2024": 12.5
"""


def loaded(text: str) -> Document:
    result = load_text(text, "f.yaml")
    assert isinstance(result, Document), result
    return result


def refused(data: bytes | str) -> Diagnostic:
    result = load_bytes(data.encode() if isinstance(data, str) else data, "f.yaml")
    assert isinstance(result, list) and len(result) == 1, result
    return result[0]


def value_at(data: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_every_position_points_at_its_text(newline: str) -> None:
    text = SAMPLE.replace("\n", newline)
    doc = loaded(text)
    lines = text.split(newline)
    assert doc.positions and doc.key_positions
    for path, (line, col) in doc.key_positions.items():
        assert lines[line - 1][col - 1:].lstrip("\"'").startswith(str(path[-1])), path
    for path, (line, col) in doc.positions.items():
        at = lines[line - 1][col - 1:]
        value = value_at(doc.data, path)
        if isinstance(value, dict):
            assert at[0] in "{" or at.split(":")[0].strip("\"'") in value, (path, at)
        elif isinstance(value, list):
            assert at[0] in "[-", (path, at)
        elif path == ("cdi", "GWA", "reason"):
            assert at.startswith(">-")
        else:
            assert at.strip("\"'").startswith(doc.raw.get(path, str(value))), (path, at)


def test_positions_of_named_values() -> None:
    doc = loaded(SAMPLE)
    assert doc.pos(("name",)) == (2, 7)
    assert doc.key_pos(("name",)) == (2, 1)
    assert doc.pos(("members", 2)) == (9, 3)
    assert doc.pos(("linking", "method")) == (4, 32)
    assert doc.pos(("cdi", "GWA", "cdi_search_activation_status")) == (14, 35)
    # A path that does not exist falls back to its nearest ancestor.
    assert doc.pos(("members", 9)) == doc.pos(("members",))


@pytest.mark.parametrize(("written", "expected"), [
    ("NO", "NO"), ("no", "no"), ("yes", "yes"), ("Yes", "Yes"), ("on", "on"), ("off", "off"),
    ("y", "y"), ("n", "n"), ("2024-05-01", "2024-05-01"), ("1_000", "1_000"),
    ("010", 10), ("0x1A", 26), ("0o17", 15), ("-3", -3), ("true", True), ("False", False),
    ("~", None), ("null", None), ("", None), ("1.50", Decimal("1.50")), ("1e3", Decimal("1e3")),
    ("'010'", "010"), ('"yes"', "yes"), ("0.1", Decimal("0.1")),
])
def test_yaml_1_2_core_resolution(written: str, expected: Any) -> None:
    doc = loaded(f"value: {written}\n")
    assert doc.data["value"] == expected
    assert type(doc.data["value"]) is type(expected)


def test_numbers_keep_the_text_as_written() -> None:
    doc = loaded("code: 010\nname: '010'\n")
    assert doc.raw[("code",)] == "010"
    assert ("name",) not in doc.raw


def test_an_integer_in_its_own_spelling_keeps_no_text_but_is_written_the_same() -> None:
    doc = loaded("a: 42\nb: -7\nc: +7\nd: 007\ne: 0x1f\nf: true\ng: 1.50\nh: 0\n")
    assert doc.raw == {("c",): "+7", ("d",): "007", ("e",): "0x1f", ("f",): "true",
                       ("g",): "1.50"}
    assert [doc.written((k,), doc.data[k]) for k in "abcdefgh"] == [
        "42", "-7", "+7", "007", "0x1f", "true", "1.50", "0"]


def test_utf8_bom_is_accepted() -> None:
    result = load_bytes(b"\xef\xbb\xbfname: x\n", "f.yaml")
    assert isinstance(result, Document) and result.data == {"name": "x"}
    assert result.pos(("name",)) == (1, 7)


@pytest.mark.parametrize(("data", "rule", "line", "column"), [
    ("a: [1, 2\n", "NZ001", 2, 1),
    ("a: 1\na: 2\n", "NZ002", 2, 1),
    ("a: !!python/object/apply:os.system [ls]\n", "NZ003", 1, 4),
    ("a: !custom x\n", "NZ003", 1, 4),
    ("a: !!timestamp 2024-01-01\n", "NZ003", 1, 4),
    (b"a: \xff\n", "NZ005", 1, 4),
    ("\ufeffa: 1\n".encode("utf-16"), "NZ005", 1, 1),
    (b"a: 1\nb: \x00\n", "NZ006", 2, 4),
    ("", "NZ007", 1, 1),
    ("# only a comment\n", "NZ007", 1, 1),
    ("~\n", "NZ007", 1, 1),
    ("- a\n- b\n", "NZ008", 1, 1),
    ("just text\n", "NZ008", 1, 1),
    ("a: 1\n---\nb: 2\n", "NZ009", 3, 1),
    ("a: " + "[" * 70 + "]" * 70 + "\n", "NZ011", 1, 68),
    ("base: &b {x: 1}\nother:\n  <<: *b\n", "NZ012", 3, 3),
    ("? [a, b]\n: value\n", "NZ013", 1, 3),
    ("a:\n\tb: 1\n", "NZ001", 2, 1),
])
def test_refusals_are_positioned_diagnostics(data: str | bytes, rule: str, line: int,
                                             column: int) -> None:
    d = refused(data)
    assert (d.rule, d.file, d.line, d.column) == (rule, "f.yaml", line, column), d


def test_duplicate_key_names_both_positions() -> None:
    d = refused("x:\n  name: a\n  name: b\n")
    assert (d.line, d.column, d.pointer) == (3, 3, "/x/name")
    assert "first defined at line 2, column 3" in d.message


def test_alias_bomb_is_refused_not_expanded() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    d = refused("\n".join(lines) + "\n")
    assert (d.rule, d.line, d.column) == ("NZ004", 1, 4)  # the first anchor expanded


def test_recursive_alias_ends() -> None:
    d = refused("a: &a [*a]\n")
    assert d.rule in ("NZ004", "NZ011")


def test_modest_aliases_load() -> None:
    doc = loaded("all: &all [AMU, GWA]\nmembers: *all\n")
    assert doc.data["members"] == ["AMU", "GWA"]


def test_control_characters_are_positioned() -> None:
    d = refused("a: 1\nb: x\x01y\n")
    assert (d.rule, d.line, d.column) == ("NZ001", 2, 5)
    assert "U+0001" in d.message


@pytest.mark.skipif(not LIBYAML, reason="libyaml is not installed: only one parser to compare")
@pytest.mark.parametrize("text", [SAMPLE, SAMPLE.replace("\n", "\r\n"), "a: 1\na: 2\n",
                                  "a: [1, 2\n", "k: v\n---\nx: 1\n"])
def test_pure_python_fallback_agrees_with_libyaml(text: str) -> None:
    fast, slow = load_text(text, "f.yaml"), load_text(text, "f.yaml", PyComposer)
    if isinstance(fast, Document):
        assert isinstance(slow, Document)
        assert (fast.data, fast.positions, fast.key_positions, fast.raw) == (
            slow.data, slow.positions, slow.key_positions, slow.raw)
    else:
        assert isinstance(slow, list)
        assert [(d.rule, d.line) for d in fast] == [(d.rule, d.line) for d in slow]
