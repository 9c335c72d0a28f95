"""What a rule is: a module with metadata and a ``check`` generator (see rules/__init__.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from nzconfig.core.catalog import RuleMeta
from nzconfig.loading.loader import Document, Path_
from nzconfig.loading.model import Network


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule reports; the engine adds the rule id and the configured severity."""

    doc: Document
    path: Path_
    message: str
    hint: str | None = None
    at_key: bool = False
    collection: str | None = None
    member: str | None = None


class Rule(RuleMeta, Protocol):
    """A rule module: the catalogue's metadata (id, name, title, severity, seed, parameters)
    and its docstring, the documentation page (the policy, why, how to fix), and ``check``.
    ``FIXED``: every module says it; True: the rule can be neither configured nor waived
    (NZ156, NZ157)."""

    FIXED: bool

    def check(self, network: Network, params: Mapping[str, Any]) -> Iterable[Finding]: ...


def all_text(value: Any) -> str:
    """Every mapping key and text in ``value``, joined by spaces: one string a rule can test
    at C speed ("is anything here not printable?", "is there a URL?") before it walks the
    values one by one. A list of texts (a member list) is joined in one call."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        try:
            return " ".join(value)
        except TypeError:  # not only texts
            return " ".join(map(all_text, value))
    if isinstance(value, dict):
        return " ".join([*map(str, value), *map(all_text, value.values())])
    return ""
