"""How a collection's file name follows from its name (documented in rule NZ154)."""

from __future__ import annotations

import re
import unicodedata

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_ALNUM.sub("-", ascii_text.lower()).strip("-")


def collection_file_name(name: str) -> str:
    return f"{slug(name) or 'collection'}.yaml"
