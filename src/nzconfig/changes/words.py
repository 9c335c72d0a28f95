"""Small wording helpers shared by the Markdown summary and the plan."""

from __future__ import annotations

from typing import Any

from nzconfig.core.markup import code_span, markdown


def md(text: object) -> str:
    """Text safe inside Markdown prose and table cells."""
    return markdown(text)


def message(text: str) -> str:
    """A diagnostic message: its `code` spans are kept, everything else is text."""
    return markdown(text, code_spans=True)


def code(text: object) -> str:
    """Inline code that cannot break."""
    return code_span(text)


def cdi_value(setting: str, value: bool | None) -> str:
    """A CDI setting's value as the CDI tab shows it."""
    if value is None:
        return "(not set)"
    if setting == "cdi_search_activation_status":
        return "Active" if value else "Inactive"
    return "Yes" if value else "No"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {many or word + 's'}"


def value(v: Any) -> str:
    if v is None:
        return "(none)"
    if isinstance(v, list):
        return "; ".join(str(x) for x in v) or "(empty)"
    if isinstance(v, dict):
        return ", ".join(f"{k}: {x}" for k, x in v.items()) or "(empty)"
    return str(v)
