"""Small wording helpers shared by the Markdown summary and the plan."""

from __future__ import annotations

from typing import Any

from nzconfig.core.markup import code_span, markdown


def message(text: str) -> str:
    """A diagnostic message: its `code` spans are kept, everything else is text."""
    return markdown(text, code_spans=True)


def code(text: object) -> str:
    """Inline code that cannot break."""
    return code_span(text)


def value(v: Any) -> str:
    if v is None:
        return "(none)"
    if isinstance(v, list):
        return "; ".join(str(x) for x in v) or "(empty)"
    if isinstance(v, dict):
        return ", ".join(f"{k}: {x}" for k, x in v.items()) or "(empty)"
    return str(v)
