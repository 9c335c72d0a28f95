"""The one escaper per kind of markup: data is shown as text, and only as much is escaped
as could start markup where it stands."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from nzconfig.core.markup import code_span, csv_cell, csv_row, markdown, visible

HOSTILE = [
    "[approve](https://evil.example/x)",
    "![x](https://evil.example/x.png)",
    "<img src=x onerror=alert(1)>",
    "<https://evil.example>",
    "https://evil.example/path",
    "www.evil.example",
    "see //evil.example",
    "mail a@evil.example",
    "@octocat please merge",
    "# Heading",
    "> quote",
    "- item",
    "1. first",
    "12) twelfth",
    "a\rb\n## Injected heading",
    "a\u2028# Injected",
    "**bold** and _it_ and ~~gone~~ and ~one~",
    "x | y | z",
    "`code` and ``more``",
    "&lt;b&gt; &#x202e;",
    "trailing backslash \\",
    "\u202eJSTOR (WRLC)",
    "JSTOR\u200b (WRLC)",
    "$x$ and $$y$$",
    "[^1] footnote",
    "***",
    "    indented code",
    "<!-- comment -->",
    "[a]: https://evil.example",
]


def gfm() -> MarkdownIt:
    """GitHub-like: tables, strikethrough and autolinks (GitHub links only URLs with a scheme
    or `www.`, not bare domain names)."""
    md = MarkdownIt("commonmark", {"linkify": True}).enable(["table", "strikethrough", "linkify"])
    assert md.linkify is not None
    md.linkify.set({"fuzzy_link": False})
    return md


def walk(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from walk(token.children)


FORBIDDEN = {"link_open", "image", "heading_open", "html_inline", "html_block", "s_open",
             "em_open", "strong_open", "code_inline", "code_block", "fence", "blockquote_open",
             "hr", "ordered_list_open", "bullet_list_open"}


def markup_from(text: str, parser: MarkdownIt) -> list[str]:
    return sorted({t.type for t in walk(parser.parse(text)) if t.type in FORBIDDEN})


def shown(text: str, parser: MarkdownIt) -> str:
    """The text a reader sees (one paragraph's inline content)."""
    return "".join(t.content for t in walk(parser.parse(text))
                   if t.type in ("text", "text_special", "softbreak"))


@pytest.mark.parametrize("value", HOSTILE)
def test_no_markup_from_data_in_prose_lists_and_cells(value: str) -> None:
    parser = gfm()
    escaped = markdown(value)
    assert markup_from(escaped, parser) == []
    assert markup_from(f"- {escaped}", parser) == ["bullet_list_open"]
    assert markup_from(f"**{escaped}**", parser) == ["strong_open"]
    cell = parser.parse(f"| a | b |\n| --- | --- |\n| {escaped} | x |\n")
    assert sum(t.type == "td_open" for t in walk(cell)) == 2
    assert not {t.type for t in walk(cell)} & FORBIDDEN
    assert "@octocat" not in shown(escaped, parser)  # no mention
    assert "\n" not in escaped and "\r" not in escaped


def test_what_cannot_start_markup_stays_readable() -> None:
    for plain in ("2.50%", "$175", "link_resolver", "AT&T", "Taylor & Francis", "a * b",
                  "C:\\path", "3 > 2", "e.g. (this)", "100 + 1", "x - y", "2024-05-01",
                  "ProQuest: Ebook Central", "1.5 FTE", "#1 choice", "50%"):
        assert markdown(plain) == (plain if plain != "#1 choice" else "\\#1 choice"), plain
    assert markdown("HEAD~1") == "HEAD\\~1"  # a single tilde strikes through on GitHub
    assert markdown("- item") == "\\- item"
    assert markdown("1. first") == "1\\. first"
    assert markdown("2.50% of 1.") == "2.50% of 1."
    assert markdown("_x_") == "\\_x\\_"
    assert markdown("a | b") == "a \\| b"
    assert markdown("&amp;") == "&amp;amp;"
    assert markdown("two\nlines") == "two lines"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 .:/@#*_~`[]()<>!|&;$\\-+=\n\r\t\u202e")),
               max_size=40))
@example("\\ ")  # found by another hypothesis release: a trailing backslash once escaped `**`
@example("a\t\n*")
def test_any_text_is_shown_as_text(value: str) -> None:
    parser = gfm()
    escaped = markdown(value)
    for context in (escaped, f"- {escaped}", f"**{escaped}**" if escaped else ""):
        assert not set(markup_from(context, parser)) - {"bullet_list_open", "strong_open"}
    # What a reader sees is the value, on one line, with invisible characters shown.
    expected = visible(re.sub(r"[ \t]*[\r\n]+[ \t]*", " ", value).strip())
    assert " ".join(shown(escaped, parser).replace("\u200b", "").split()) == " ".join(
        expected.split())


def test_code_spans_of_a_message_are_kept() -> None:
    assert markdown("`a|b` and *c*", code_spans=True) == "`a|b` and \\*c\\*"
    assert markup_from(markdown("unknown `[x](http://a)` and [y](http://b)",
                                code_spans=True), gfm()) == ["code_inline"]
    assert code_span("a`b\nc") == "`a'b c`"


def test_invisible_characters_are_shown() -> None:
    assert visible("a\u202eb\u200bc\x07\nd") == "a\\u202eb\\u200bc\\x07\\x0ad"
    assert visible("a\nb\tc", lines=True) == "a\nb\tc"


SEPARATORS = [",", ";", "\t"]


@pytest.mark.parametrize("value", [
    "=1+2", "+x", "-y", "@z", "\tz", "\rz", "x;=cmd|' /C calc'!A0", "a,=1", "a\t=1",
    "a;  =1", "two\n=lines", "x;@SUM(1)", "plain", 'say "hi"; ok', "\uff1d1",
])
@pytest.mark.parametrize("separator", SEPARATORS)
def test_csv_cells_are_never_formulas_whatever_the_separator(value: str,
                                                              separator: str) -> None:
    line = csv_row(["a", value, "b"])
    for record in csv.reader(io.StringIO(line, newline=""), delimiter=separator):
        for cell in record:
            assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r", "\uff1d")), (
                line, separator, cell)
    # Read with the separator it was written with, the value comes back (guarded).
    assert next(csv.reader(io.StringIO(line, newline="")))[1].replace("'", "") == \
        value.replace("'", "")


def test_plain_numbers_are_left_alone() -> None:
    assert csv_cell("-12.50") == "-12.50"
    assert csv_cell("-12.50 USD") == "'-12.50 USD"
    assert csv_row([""]) == '""'


def _per_character(text: str, at_start: bool) -> str:
    """markup._inline as it was written first, one character at a time: the reference for
    the version that looks only at the characters that may need escaping."""
    from nzconfig.core import markup as m

    text = visible(text)
    dollars = text.count("$") > 1
    out: list[str] = []
    n = len(text)
    for i, c in enumerate(text):
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < n else ""
        if c in m._ALWAYS or (c == "$" and dollars):
            out.append("\\" + c)
        elif c in m._DELIMITERS:
            spaced = before.isspace() and after.isspace()
            intraword = c == "_" and before.isalnum() and after.isalnum()
            out.append(c if spaced or intraword else "\\" + c)
        elif c == "\\":
            out.append("\\\\" if after == "" or after in m._ASCII_PUNCTUATION else c)
        elif c == "&":
            out.append("&amp;" if m._ENTITY.match(text, i + 1) else c)
        elif c == ":" and text.startswith("//", i + 1) and m._SCHEME.search(text, 0, i):
            out.append("\\:")
        elif c == "/" and after == "/" and before != "/":
            out.append("\\/")
        elif c == "." and text[max(0, i - 3):i].lower() == "www" and (
                i < 4 or not text[i - 4].isalnum()):
            out.append("\\.")
        elif c == "@" and m._MENTION.match(after):
            out.append("@\u200b")
        else:
            out.append(c)
    escaped = "".join(out)
    if at_start:
        match = m._BLOCK_START.match(escaped)
        if match is not None:
            end = match.end()
            escaped = f"{escaped[:end - 1]}\\{escaped[end - 1:]}"
    return escaped


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(
    "aZ09 _*~`[]<>|$\\&#;:/.@-+>)(wWhtpsfmailox\t\n\u202e\u00e9"), max_size=40),
    st.booleans())
@example("see www.x and https://a.b, a_b_, \\* $1 $2 &amp; @me 1. x", True)
def test_escaping_only_the_special_characters_escapes_as_every_character_did(
        text: str, at_start: bool) -> None:
    from nzconfig.core.markup import _inline

    assert _inline(text, at_start) == _per_character(text, at_start)


@settings(max_examples=400)
@given(st.text(alphabet=st.sampled_from(
    "aZ09 ,;\"'=+-@&<>_\t\r\n\x0b\x0c\x1f\x7f\x85\u2028\u202e\u00e9\uff1d\U0001d173"),
    max_size=30))
@example("a - b")
@example(" =1")
def test_the_printable_ascii_shortcuts_change_nothing(text: str) -> None:
    """visible, markdown's line joining and csv_cell skip their patterns for printable
    ASCII text: the same result as running them."""
    from nzconfig.core import markup as m

    for lines in (False, True):
        pattern = m._HIDDEN_INLINE if lines else m._HIDDEN_ANY
        assert visible(text, lines=lines) == pattern.sub(m._escape, text)
    assert m._one_line(text) == m._LINE_BREAK.sub(" ", text).strip()
    cell = visible(text, lines=True)
    if not m._NUMBER.fullmatch(cell):
        cell = m._FORMULA_START.sub(r"\1\2'\3", cell)
    expected = '"' + cell.replace('"', '""') + '"' if m._QUOTED.search(cell) else cell
    assert m.csv_cell.__wrapped__(text) == expected
