"""Each member's CDI settings on each collection, as words on Alma's CDI tab, with their source.

The values come from ``nzconfig.cdi.effective`` (the matrix row, then overrides), the same
function the CDI rules use, so a checklist never says something the validator does not.
"""

from __future__ import annotations

from dataclasses import dataclass

from nzconfig import cdi
from nzconfig.model import Collection, Network
from nzconfig.render.context import text

# How the CDI tab shows each value (the seed's words: "Active", "Yes", "Check for Yes").
_WORDS: dict[str, tuple[str, str]] = {
    "cdi_search_activation_status": ("Active", "Inactive"),
    "subscribe_to_only_some_titles_in_the_collection": ("Yes", "No"),
}
_CHECKBOX = ("Checked", "Not checked")


@dataclass(frozen=True, slots=True)
class SettingView:
    name: str  # Alma's field name
    label: str  # the label on the CDI tab
    value: bool
    shown: str  # the value as the CDI tab shows it
    source: str  # "matrix" or "override"
    source_text: str  # "matrix row ID" or "override: REASON"
    reason: str


@dataclass(frozen=True, slots=True)
class MemberSettings:
    member: str
    derivable: bool  # a matrix row applies
    row_id: str
    row_title: str
    note: str  # why the settings cannot be derived, when they cannot
    settings: tuple[SettingView, ...]
    cells: tuple[SettingView | None, ...]  # per cdi.SETTINGS, None where not stated
    values: tuple[str, ...]  # per cdi.SETTINGS: "true", "false", or "" where not stated
    sources: str  # the distinct sources of the settings, "; "-separated
    overridden: str  # Alma's names of the overridden settings, space-separated
    reason: str  # the override's reason, if any


def shown(name: str, value: bool) -> str:
    yes, no = _WORDS.get(name, _CHECKBOX)
    return yes if value else no


@dataclass(frozen=True, slots=True)
class _Views:
    """What a set of effective settings looks like on a page (shared by equal sets)."""

    settings: tuple[SettingView, ...]
    cells: tuple[SettingView | None, ...]
    values: tuple[str, ...]
    sources: str
    overridden: str
    reason: str


def _views(effective: dict[str, cdi.Setting]) -> _Views:
    views = []
    for name, setting in effective.items():
        reason = text(setting.reason)
        if setting.source == "override":
            source_text = f"override: {reason}" if reason else "override (no reason given)"
        else:
            source_text = f"matrix row {text(setting.row)}"
        views.append(SettingView(name, cdi.LABELS.get(name, name), setting.value,
                                 shown(name, setting.value), setting.source, source_text,
                                 reason))
    cells = tuple(next((v for v in views if v.name == name), None) for name in cdi.SETTINGS)
    return _Views(
        settings=tuple(views),
        cells=cells,
        values=tuple("" if v is None else "true" if v.value else "false" for v in cells),
        sources="; ".join(dict.fromkeys(v.source_text for v in views)),
        overridden=" ".join(v.name for v in views if v.source == "override"),
        reason=next((v.reason for v in views if v.source == "override" and v.reason), ""),
    )


def _note(collection: Collection, row: cdi.MatrixRow | None) -> str:
    linking = collection.data.get("linking") or {}
    if row is not None:
        return ""
    if not linking:
        return "the collection's linking level and method are not recorded"
    return (f"no row of the CDI matrix covers linking level {text(linking.get('level'))} "
            f"with method {text(linking.get('method'))}")


def for_collection(network: Network, collection: Collection,
                   members: tuple[str, ...]) -> tuple[MemberSettings, ...]:
    """Each member's settings. Members whose effective settings are equal (all those without
    an override, usually) share one set of views: a large consortium has millions."""
    row = cdi.row_for(network, collection)
    note = _note(collection, row)
    shared: dict[tuple[tuple[str, cdi.Setting], ...], _Views] = {}
    result = []
    for member in members:
        effective = cdi.effective(network, collection, member)
        key = tuple(effective.items())
        views = shared.get(key)
        if views is None:
            views = shared[key] = _views(effective)
        result.append(MemberSettings(
            member=member, derivable=row is not None, row_id=row.id if row else "",
            row_title=text(row.title) if row else "", note=note, settings=views.settings,
            cells=views.cells, values=views.values, sources=views.sources,
            overridden=views.overridden, reason=views.reason))
    return tuple(result)


def for_member(network: Network, collection: Collection, member: str) -> MemberSettings:
    return for_collection(network, collection, (member,))[0]


@dataclass(frozen=True, slots=True)
class MatrixRowView:
    id: str
    title: str
    levels: str
    method: str
    settings: tuple[str, ...]  # per cdi.SETTINGS: the value shown, or "" when not stated


def matrix(network: Network) -> tuple[MatrixRowView, ...]:
    return tuple(
        MatrixRowView(text(r.id), text(r.title), ", ".join(text(x) for x in r.levels),
                      text(r.method),
                      tuple(shown(s, r.settings[s]) if s in r.settings else ""
                            for s in cdi.SETTINGS))
        for r in cdi.matrix(network)
    )


LABELS: tuple[str, ...] = tuple(cdi.LABELS.get(s, s) for s in cdi.SETTINGS)
