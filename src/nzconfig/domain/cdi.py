"""Effective CDI settings: the matrix row for a collection's linking, then per-member overrides.

Used by the CDI rules, the per-member checklists and the CDI report, so that all three
agree on what a member's CDI tab must say and why.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from nzconfig.loading.loader import Document
from nzconfig.loading.model import Collection, Network

# Alma's CDI group settings, in the order the CDI tab shows them.
SETTINGS: tuple[str, ...] = (
    "cdi_search_activation_status",
    "cdi_only_full_text_activation",
    "subscribe_to_only_some_titles_in_the_collection",
    "do_not_show_as_full_text_available_in_cdi_even_if_active_in_alma",
)

# The labels on Alma's CDI tab, for people.
LABELS: dict[str, str] = {
    "cdi_search_activation_status": "CDI Search Activation Status",
    "cdi_only_full_text_activation": "CDI-only full text activation",
    "subscribe_to_only_some_titles_in_the_collection":
        "We subscribe to only some titles in this collection",
    "do_not_show_as_full_text_available_in_cdi_even_if_active_in_alma":
        "Do not show as full-text available in CDI even if active in Alma",
}


@dataclass(frozen=True, slots=True)
class MatrixRow:
    id: str
    title: str
    levels: tuple[str, ...]
    method: str
    settings: dict[str, bool]
    index: int  # position in policies/cdi-matrix.yaml, for diagnostics


@dataclass(frozen=True, slots=True)
class Setting:
    """One effective value and where it came from: a matrix row or an override."""

    value: bool
    source: str  # "matrix" or "override"
    row: str | None  # matrix row id
    reason: str | None  # the override's reason


def matrix(network: Network) -> list[MatrixRow]:
    return list(_index(network).rows)


@dataclass(frozen=True, slots=True)
class _Index:
    doc: Document | None
    rows: tuple[MatrixRow, ...]
    by_linking: dict[tuple[str, str], MatrixRow]
    settings: dict[str, dict[str, Setting]]  # row id -> its settings, in SETTINGS order


def _index(network: Network) -> _Index:
    """The parsed matrix: rules and renderers ask for a row per collection and member (20,000
    x 100 in a large consortium), so it is parsed once per Network and matrix document."""
    doc = network.policies.get("cdi-matrix")
    return network.derived(("cdi-matrix", id(doc)), lambda: _parse(doc))


def _parse(doc: Document | None) -> _Index:
    data = doc.data if doc is not None else {}
    rows = tuple(
        MatrixRow(r["id"], r["title"], tuple(r["levels"]), r["method"], dict(r["settings"]), i)
        for i, r in enumerate(data.get("rows", []))
    )
    by_linking: dict[tuple[str, str], MatrixRow] = {}
    for row in rows:
        for level in row.levels:
            by_linking.setdefault((level, row.method), row)  # the first row listed wins
    settings = {row.id: {name: Setting(row.settings[name], "matrix", row.id, None)
                         for name in SETTINGS if name in row.settings} for row in rows}
    return _Index(doc, rows, by_linking, settings)


def row_for(network: Network, collection: Collection) -> MatrixRow | None:
    """The matrix row for the collection's linking, or None when linking is not recorded
    (or when no row covers the recorded level and method)."""
    linking: dict[str, Any] | None = collection.data.get("linking")
    if not linking:
        return None
    return _index(network).by_linking.get((linking["level"], linking["method"]))


def override(collection: Collection, member: str) -> dict[str, Any]:
    overrides: dict[str, Any] = collection.data.get("cdi") or {}
    return dict(overrides.get(member) or {})


def effective(network: Network, collection: Collection, member: str) -> dict[str, Setting]:
    """Every setting known for ``member`` on ``collection``; unknown settings are absent."""
    index = _index(network)
    linking: dict[str, Any] | None = collection.data.get("linking")
    row = index.by_linking.get((linking["level"], linking["method"])) if linking else None
    base = index.settings[row.id] if row is not None else {}
    overrides = collection.data.get("cdi")
    own = overrides.get(member) if overrides else None
    if not own:
        return dict(base)  # the common case: the matrix row as it stands
    result = dict(base)
    reason = own.get("reason")
    for name in SETTINGS:
        if name in own:
            result[name] = Setting(bool(own[name]), "override", row.id if row else None, reason)
    return {name: result[name] for name in SETTINGS if name in result}


def access_counts(network: Network, include_inactive: bool) -> Counter[str]:
    """Member code -> how many shared collections list it, each counted once (rules NZ203
    and NZ209 both ask, NZ209 with and without the inactive ones; both counts are made in
    one pass, once per Network)."""
    active, every = network.derived(("access-counts", len(network.collections)),
                                    lambda: _count_access(network))
    return every if include_inactive else active


def _count_access(network: Network) -> tuple[Counter[str], Counter[str]]:
    """The counts over the active collections, and over every collection."""
    active: Counter[str] = Counter()
    inactive: Counter[str] = Counter()
    for collection in network.collections:
        (active if collection.active else inactive).update(set(collection.members))
    return active, active + inactive
