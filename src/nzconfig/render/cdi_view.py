"""Each member's CDI settings on each collection, as words on Alma's CDI tab, with their source.

The values come from ``nzconfig.domain.cdi.effective`` (the matrix row, then overrides), the same
function the CDI rules use, so a checklist never says something the validator does not.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import overload

from nzconfig.core.wording import cdi_value
from nzconfig.domain import cdi
from nzconfig.loading.model import Collection, Network
from nzconfig.render.context import Row, text


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
class Settings:
    """One set of effective settings on a collection, and the members that have it."""

    members: tuple[str, ...]  # sorted
    settings: tuple[SettingView, ...]
    cells: tuple[SettingView | None, ...]  # per cdi.SETTINGS, None where not stated
    values: tuple[str, ...]  # per cdi.SETTINGS: "true", "false", or "" where not stated
    sources: str  # the distinct sources of the settings, "; "-separated
    overridden: str  # Alma's names of the overridden settings, space-separated
    reason: str  # the override's reason, if any


class Shared(Sequence[Settings]):
    """One Settings ``count`` times: the per_member of a collection that no member overrides,
    without a tuple of pointers to it (2 million of them at 20,000 x 100)."""

    __slots__ = ("_count", "_settings")

    def __init__(self, settings: Settings, count: int) -> None:
        self._settings, self._count = settings, count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Settings: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Settings, ...]: ...

    def __getitem__(self, index: int | slice) -> Settings | tuple[Settings, ...]:
        if isinstance(index, slice):
            return (self._settings,) * len(range(*index.indices(self._count)))
        if not -self._count <= index < self._count:
            raise IndexError("per_member index out of range")
        return self._settings

    def __iter__(self) -> Iterator[Settings]:
        return repeat(self._settings, self._count)


@dataclass(frozen=True, slots=True)
class CollectionCdi:
    """A collection's CDI settings for its members: one Settings per distinct set, so a
    collection without overrides has one, however many members it has."""

    row: Row
    derivable: bool  # a matrix row applies
    row_id: str
    row_title: str
    row_index: int  # the matrix row's place in the matrix (-1 when none applies)
    note: str  # why the settings cannot be derived, when they cannot
    groups: tuple[Settings, ...]  # members without an override first, then by first member
    per_member: Sequence[Settings]  # the set each of row.members has, in that order


# The views of one set of effective settings, whatever members have it: most collections of
# a matrix row share one set, so a render makes its views once (a cdi.Setting is a frozen
# dataclass, compared by value).
_Shown = tuple[tuple[SettingView, ...], tuple[SettingView | None, ...], tuple[str, ...], str,
               str, str]
Shown = dict[tuple[tuple[str, cdi.Setting], ...], _Shown]


def _settings(members: tuple[str, ...], effective: dict[str, cdi.Setting],
              shown: Shown | None = None) -> Settings:
    key = tuple(effective.items())
    try:
        made = shown.get(key) if shown is not None else None
    except TypeError:  # a value of a repository with errors that does not hash
        made, shown = None, None
    if made is None:
        made = _shown(effective)
        if shown is not None:
            shown[key] = made
    return Settings(members, *made)


def _shown(effective: dict[str, cdi.Setting]) -> _Shown:
    views = []
    for name, setting in effective.items():
        reason = text(setting.reason)
        if setting.source == "override":
            source_text = f"override: {reason}" if reason else "override (no reason given)"
        else:
            source_text = f"matrix row {text(setting.row)}"
        views.append(SettingView(name, cdi.LABELS.get(name, name), setting.value,
                                 cdi_value(name, setting.value), setting.source, source_text,
                                 reason))
    cells = tuple(next((v for v in views if v.name == name), None) for name in cdi.SETTINGS)
    return (
        tuple(views),  # settings
        cells,
        tuple("" if v is None else "true" if v.value else "false" for v in cells),  # values
        "; ".join(dict.fromkeys(v.source_text for v in views)),  # sources
        " ".join(v.name for v in views if v.source == "override"),  # overridden
        next((v.reason for v in views if v.source == "override" and v.reason), ""),  # reason
    )


def _note(collection: Collection, row: cdi.MatrixRow | None) -> str:
    linking = collection.data.get("linking") or {}
    if row is not None:
        return ""
    if not linking:
        return "the collection's linking level and method are not recorded"
    return (f"no row of the CDI matrix covers linking level {text(linking.get('level'))} "
            f"with method {text(linking.get('method'))}")


def for_collection(network: Network, collection: Collection, row: Row,
                   shown: Shown | None = None) -> CollectionCdi:
    """The settings of each of ``row.members``. Members with equal effective settings (all
    those without an override, usually) share one Settings: a large consortium has millions
    of collection-member pairs but few distinct sets per collection. ``shown`` keeps the
    views of each set for the next collection (one dict for a render)."""
    matrix_row = cdi.row_for(network, collection)
    overrides = collection.data.get("cdi") or {}
    if not overrides and row.members:  # every member takes the matrix row's settings
        shared = _settings(row.members, cdi.effective(network, collection, row.members[0]),
                           shown)
        return _view(collection, row, matrix_row, (shared,), Shared(shared, len(row.members)))
    by_key: dict[tuple[tuple[str, cdi.Setting], ...], list[str]] = {}
    groups: list[list[str]] = []  # each member's group, in row.members order
    plain: list[str] | None = None  # the group of the members without an override
    for member in row.members:
        if overrides.get(member):
            key = tuple(cdi.effective(network, collection, member).items())
            group = by_key.setdefault(key, [])
        else:  # the matrix row's settings, the same for every member without an override
            if plain is None:
                key = tuple(cdi.effective(network, collection, member).items())
                plain = by_key.setdefault(key, [])
            group = plain  # no key hashed per member: 2 million at 20,000 x 100
        group.append(member)
        groups.append(group)
    made = {id(members): _settings(tuple(members), dict(key), shown)
            for key, members in by_key.items()}
    distinct = list(made.values())
    return _view(collection, row, matrix_row,
                 (*(g for g in distinct if not g.overridden),
                  *(g for g in distinct if g.overridden)),
                 tuple(made[id(g)] for g in groups))


def _view(collection: Collection, row: Row, matrix_row: cdi.MatrixRow | None,
          groups: tuple[Settings, ...], per_member: Sequence[Settings]) -> CollectionCdi:
    return CollectionCdi(
        row=row, derivable=matrix_row is not None,
        row_id=matrix_row.id if matrix_row else "",
        row_title=text(matrix_row.title) if matrix_row else "",
        row_index=matrix_row.index if matrix_row else -1,
        note=_note(collection, matrix_row),
        groups=groups,
        per_member=per_member,
    )


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
                      tuple(cdi_value(s, r.settings[s]) if s in r.settings else ""
                            for s in cdi.SETTINGS))
        for r in cdi.matrix(network)
    )


LABELS: tuple[str, ...] = tuple(cdi.LABELS.get(s, s) for s in cdi.SETTINGS)
