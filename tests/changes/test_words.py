"""Wording shared by the Markdown summary and the plan (changes.words)."""

from __future__ import annotations

from nzconfig.changes.words import code, message, value


def test_value_words_none_lists_and_mappings() -> None:
    assert value(None) == "(none)"
    assert value([]) == "(empty)" and value({}) == "(empty)"
    assert value(["a", 2]) == "a; 2"
    assert value({"a": 1, "b": "x"}) == "a: 1, b: x"
    assert value(3) == "3" and value(False) == "False"


def test_message_keeps_code_spans_and_escapes_the_rest() -> None:
    text = message("use `a*b` not *bold*")
    assert "`a*b`" in text
    assert "*bold*" not in text and "bold" in text


def test_code_cannot_be_broken_by_backticks() -> None:
    assert code("x") == "`x`"
    assert code("a`b") == "`a'b`"  # a backtick inside becomes a quote
