"""Effective CDI settings: the matrix row for a collection's linking, then per-member overrides.

Used by the CDI rules, the per-member checklists and the CDI report, so that all three
agree on what a member's CDI tab must say and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nzconfig.model import Collection, Network

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
    rows = network.policy("cdi-matrix").get("rows", [])
    return [
        MatrixRow(r["id"], r["title"], tuple(r["levels"]), r["method"], dict(r["settings"]), i)
        for i, r in enumerate(rows)
    ]


def row_for(network: Network, collection: Collection) -> MatrixRow | None:
    """The matrix row for the collection's linking, or None when linking is not recorded."""
    linking: dict[str, Any] | None = collection.data.get("linking")
    if not linking:
        return None
    return next((r for r in matrix(network)
                 if linking["level"] in r.levels and linking["method"] == r.method), None)


def override(collection: Collection, member: str) -> dict[str, Any]:
    overrides: dict[str, Any] = collection.data.get("cdi") or {}
    return dict(overrides.get(member) or {})


def effective(network: Network, collection: Collection, member: str) -> dict[str, Setting]:
    """Every setting known for ``member`` on ``collection``; unknown settings are absent."""
    row = row_for(network, collection)
    result: dict[str, Setting] = {}
    if row is not None:
        for name, value in row.settings.items():
            result[name] = Setting(value, "matrix", row.id, None)
    own = override(collection, member)
    reason = own.get("reason")
    for name in SETTINGS:
        if name in own:
            result[name] = Setting(bool(own[name]), "override", row.id if row else None, reason)
    return {name: result[name] for name in SETTINGS if name in result}
