"""Small wording helpers shared by the Markdown summary and the plan."""

from __future__ import annotations

from typing import Any

_MARKDOWN = str.maketrans({**{c: "\\" + c for c in "\\`*_[]|#"}, "<": "&lt;"})


def md(text: object) -> str:
    """Text safe inside Markdown prose and table cells."""
    return str(text).translate(_MARKDOWN).replace("\n", " ")


def message(text: str) -> str:
    """A diagnostic message: its `code` spans are kept; HTML and table pipes are not."""
    return text.replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|").replace("\n", " ")


def code(text: object) -> str:
    """Inline code; backticks inside are replaced so that the span cannot break."""
    return "`" + str(text).replace("`", "'").replace("\n", " ") + "`"


def value(v: Any) -> str:
    if v is None:
        return "(none)"
    if isinstance(v, list):
        return "; ".join(str(x) for x in v) or "(empty)"
    if isinstance(v, dict):
        return ", ".join(f"{k}: {x}" for k, x in v.items()) or "(empty)"
    return str(v)
