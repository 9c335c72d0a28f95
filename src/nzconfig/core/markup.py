"""Data shown as text in every output: the one escaper for each kind of markup.

Every byte of the repository comes from a member's pull request, so a value is shown exactly
as text and never becomes markup:

- ``visible``: characters that hide or reorder text (control, bidi and zero-width
  characters) are written as escapes (``\\x0a``, ``\\u202e``), for text reports, HTML and CSV.
- ``markdown``: inline GitHub-flavoured Markdown for prose, list items and table cells.
  Context-aware and minimal: a character is escaped only where it could start markup in
  its position, so ``2.50%``, ``$175`` and ``link_resolver`` read as written.
- ``code_span``: a value as inline code.
- ``csv_cell`` / ``csv_row``: RFC 4180 cells that no spreadsheet runs as a formula, whether
  the file is opened with ``,``, ``;`` or tab as the separator.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

# Control characters (C0 but tab and line ends, DEL, C1), bidi controls and marks,
# zero-width and other invisible format characters, line and paragraph separators, tag
# characters, lone surrogates (undecodable bytes): none can be seen, several reorder or hide
# the text around them.
_HIDDEN = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U0001d173-\U0001d17a\U000e0000-\U000e007f"
    "\ud800-\udfff"
)
_HIDDEN_ANY = re.compile(f"[{_HIDDEN}\t\n\r]")
_HIDDEN_INLINE = re.compile(f"[{_HIDDEN}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else (
        f"\\U{code:08x}")


def visible(text: str, *, lines: bool = False) -> str:
    """``text`` with every invisible character written as an escape (``\\u202e``); tab and
    line ends too, unless ``lines`` (where the output may hold several lines)."""
    if text.isascii() and text.isprintable():  # the usual case, checked in C at memory speed
        return text
    pattern = _HIDDEN_INLINE if lines else _HIDDEN_ANY
    return pattern.sub(_escape, text) if pattern.search(text) else text


def hidden(text: str) -> list[str]:
    """The invisible characters in ``text`` (tab and line ends included), as escapes."""
    return [_escape(m) for m in _HIDDEN_ANY.finditer(text)]


# --- Markdown ---------------------------------------------------------------------------

# Line ends, and the whitespace around them, become one space: a value is one line.
_LINE_BREAK = re.compile(r"[ \t]*[\r\n\v\f\x85\u2028\u2029]+[ \t]*")
# Characters that open or close markup wherever they stand (GFM): code spans, links and
# images, raw HTML and autolinks, table cells. Always escaped.
_ALWAYS = frozenset("`[]<|")
# Emphasis and strikethrough delimiters: escaped unless both neighbours are spaces (then no
# delimiter run can open or close); `_` also not between two letters or digits (intraword
# `_` never emphasises).
_DELIMITERS = frozenset("*~_")
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# A block marker where the value starts a line, list item or cell: heading, quote, list.
_BLOCK_START = re.compile(r"(?:[#>+\-]|\d{1,9}[.)](?=\s|$))")
# `&` that would start a character reference (`&amp;`, `&#x202e;`).
_ENTITY = re.compile(r"#?[A-Za-z0-9]+;")
# Autolinks (GFM's extended ones, and markdown-it's linkify): a scheme's colon before `//`,
# `www.` at a word start, and a bare `//` (a protocol-relative link).
_SCHEME = re.compile(r"(?:https?|ftp|mailto|xmpp|file)$", re.IGNORECASE)
# A mention (`@team`) notifies people on GitHub; an e-mail address becomes a link.
_MENTION = re.compile(r"[A-Za-z0-9_-]")


def markdown(value: object, *, code_spans: bool = False) -> str:
    """Inline Markdown that shows ``value`` exactly: prose, list items and table cells.

    With ``code_spans``, `backticked` parts of the text stay code spans (a diagnostic's
    message); use it in list items only, as a `|` inside a code span still splits a cell.
    """
    text = "" if value is None else str(value)
    if not code_spans:
        return _markdown(text)
    parts = _CODE_SPAN.split(_one_line(text))
    return "".join(visible(p) if i % 2 else _inline(p, i == 0) for i, p in enumerate(parts))


_CODE_SPAN = re.compile(r"(`[^`\r\n\u2028\u2029\x85]+`)")


@functools.lru_cache(maxsize=1 << 16)  # names and codes recur on every member's page
def _markdown(text: str) -> str:
    return _inline(_one_line(text), True)


def _one_line(text: str) -> str:
    """Line breaks become spaces, and the ends are trimmed before anything is escaped (a
    trailing space removed after would leave a trailing backslash escaping the template)."""
    if text.isascii() and text.isprintable():  # no line end in it (all are unprintable)
        return text.strip()
    return _LINE_BREAK.sub(" ", text).strip()


# The characters _inline may escape; the text between two of them is copied as it is.
_SPECIAL = re.compile(r"[`\[\]<|$*~_\\&:/.@]")


def _inline(text: str, at_start: bool) -> str:
    text = visible(text)
    dollars = text.count("$") > 1  # `$...$` is math on GitHub; a single `$` never is
    out: list[str] = []
    done = 0  # text before this is in out
    n = len(text)
    for found in _SPECIAL.finditer(text):
        i = found.start()
        c = text[i]
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < n else ""
        if c in _ALWAYS or (c == "$" and dollars):
            shown = "\\" + c
        elif c in _DELIMITERS:
            spaced = before.isspace() and after.isspace()
            intraword = c == "_" and before.isalnum() and after.isalnum()
            shown = c if spaced or intraword else "\\" + c
        elif c == "\\":
            # A backslash escapes only the ASCII punctuation after it; at the end, it would
            # escape what the template puts next.
            shown = "\\\\" if after == "" or after in _ASCII_PUNCTUATION else c
        elif c == "&":
            shown = "&amp;" if _ENTITY.match(text, i + 1) else c
        elif c == ":" and text.startswith("//", i + 1) and _SCHEME.search(text, 0, i):
            shown = "\\:"
        elif c == "/" and after == "/" and before != "/":
            shown = "\\/"
        elif c == "." and text[max(0, i - 3):i].lower() == "www" and (
                i < 4 or not text[i - 4].isalnum()):
            shown = "\\."
        elif c == "@" and _MENTION.match(after):
            shown = "@\u200b"  # a zero-width space: no mention, no e-mail link
        else:
            continue
        if shown != c:
            out += (text[done:i], shown)
            done = i + 1
    escaped = "".join((*out, text[done:])) if out else text
    if at_start:
        match = _BLOCK_START.match(escaped)
        if match is not None:
            end = match.end()
            escaped = f"{escaped[:end - 1]}\\{escaped[end - 1:]}"
    return escaped


def code_span(value: object) -> str:
    """``value`` as inline code; a backtick inside becomes ``'`` so the span cannot break."""
    text = visible(_LINE_BREAK.sub(" ", "" if value is None else str(value)))
    return "`" + text.replace("`", "'") + "`"


# --- CSV ---------------------------------------------------------------------------------

# Spreadsheet programs run a cell that starts with one of these as a formula (tab and CR
# too, which some strip first). A cell is split again wherever a reader's separator might
# be (`,` `;` tab) or a line ends, so each of those pieces is guarded, not only the first.
_FORMULA_START = re.compile(r"(^|[,;\t\r\n])([ ]*)([=+\-@\t\r]|\uff1d|\uff0b|\uff0d|\uff20)")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_QUOTED = re.compile(r'[",;\t\r\n]')


@functools.lru_cache(maxsize=1 << 16)  # titles and codes recur on every member's row
def csv_cell(value: str) -> str:
    """One RFC 4180 cell: a leading apostrophe before anything a spreadsheet would run as
    a formula (a plain number is left alone), quoted where it holds a quote, a separator of
    any locale or a line break."""
    cell = visible(value, lines=True)
    if _may_be_formula(cell) and not _NUMBER.fullmatch(cell):
        cell = _FORMULA_START.sub(r"\1\2'\3", cell)
    return '"' + cell.replace('"', '""') + '"' if _QUOTED.search(cell) else cell


def _may_be_formula(cell: str) -> bool:
    """False where no piece of the cell can start a formula: printable ASCII (no tab or line
    end) without = + - @ (scans in C; the pattern's search tried every position)."""
    return not (cell.isascii() and cell.isprintable()) or (
        "=" in cell or "+" in cell or "-" in cell or "@" in cell)


def csv_row(values: Iterable[object]) -> str:
    """One CSV record, without its line end."""
    cells = [csv_cell("" if v is None else str(v)) for v in values]
    return '""' if cells == [""] else ",".join(cells)  # a lone empty cell is not an empty line
