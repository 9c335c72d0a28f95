"""Alma's JSON and the repository's fields: the one module that knows both.

Alma writes most codes as ``{"value": …, "desc": …}`` objects and booleans as text. What
the stored documentation gives (docs/alma.md, "Sources"): the electronic collection's
``id``, ``public_name``, ``group_settings`` and its ``group_setting`` list with each
member's ``group``, ``proxy_enabled`` and ``proxy``, and the collection's own
``proxy_enabled`` and ``proxy``. What it does not give, and is our reading until checked
against a sandbox: the CDI values inside each group setting, the linking level on the
full-text service and the linking method in ``cdi_info``. Each is read in one function
here, so that a correction is a change of one line.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from nzconfig.domain.cdi import SETTINGS
from nzconfig.services.alma.settings import Settings

LEVELS = {"BOOK": "book", "JOURNAL": "journal", "ARTICLE": "article", "ISSUE": "issue",
          "DATABASE": "database"}
METHODS = {"LINK_RESOLVER": "link_resolver", "LINK_IN_RECORD": "link_in_record"}
FULL_TEXT = "getFullTxt"
_TRUE = {"true", "yes", "y", "1", "active"}
_FALSE = {"false", "no", "n", "0", "inactive"}


@dataclass(frozen=True, slots=True)
class Remote:
    """What Alma says of one Network Zone collection, in the repository's words."""

    alma_id: str
    name: str
    public_name: str | None
    access_type: str  # subscription | open_access (Alma's free indicator)
    status: str | None  # active | inactive (the full-text service); None: no such service
    linking: dict[str, str] | None  # {level, method}; None where Alma does not say
    proxy: str  # default | none | a proxy profile's name
    members: tuple[str, ...]  # sorted member codes
    group_settings: dict[str, dict[str, str]] = field(default_factory=dict)
    cdi: Mapping[str, dict[str, bool]] = field(default_factory=dict)


MAX_TEXT = 1000  # Alma's answers are data from outside: bounded, one line


def value(obj: Any) -> str:
    """The ``value`` of a ``{"value": …, "desc": …}`` object (or a bare value) as text."""
    if isinstance(obj, Mapping):
        obj = obj.get("value")
    if obj is None:
        return ""
    if isinstance(obj, bool):
        return "true" if obj else "false"
    return text(obj)


def text(obj: Any) -> str:
    """One line of printable text: a name from Alma never splits a report line."""
    if obj is None:
        return ""
    line = obj if isinstance(obj, str) else str(obj)
    if len(line) <= MAX_TEXT and line.isprintable() and line == line.strip() \
            and "  " not in line:
        return line  # the common case, checked at C speed
    return " ".join("".join(c if c.isprintable() else " " for c in line[:MAX_TEXT]).split())


def flag(obj: Any) -> bool | None:
    text = value(obj).lower()
    return True if text in _TRUE else False if text in _FALSE else None


def remote(obj: Mapping[str, Any], services: Iterable[Mapping[str, Any]],
           settings: Settings) -> Remote:
    groups = _group_settings(obj)
    members: list[str] = []
    overrides: dict[str, dict[str, str]] = {}
    cdi: dict[str, dict[str, bool]] = {}
    for setting in groups:
        code = settings.member(value(setting.get("group")))
        if not code:
            continue
        members.append(code)
        own = {}
        if value(setting.get("proxy_enabled")):
            own["proxy"] = _proxy(setting)
        public = text(setting.get("public_name_override"))
        if public:
            own["public_name"] = public
        if own:
            overrides[code] = own
        values = {name: v for name in SETTINGS if (v := flag(setting.get(name))) is not None}
        if values:
            cdi[code] = _shared(values)
    compact: Mapping[str, dict[str, bool]] = cdi
    if cdi and len({id(v) for v in cdi.values()}) == 1:
        compact = _SameForAll(tuple(sorted(cdi)), next(iter(cdi.values())))
    full_text = [s for s in services if value(s.get("type")) in ("", FULL_TEXT)]
    status = None
    if full_text:
        active = any(flag(s.get("activation_status")) for s in full_text)
        status = "active" if active else "inactive"
    public_name = text(obj.get("public_name_override")) or None
    return Remote(
        alma_id=value(obj.get("id")),
        name=text(obj.get("public_name")),
        public_name=public_name,
        access_type="open_access" if flag(obj.get("free")) else "subscription",
        status=status,
        linking=_linking(obj, full_text),
        proxy=_proxy(obj),
        members=tuple(sorted(set(members))),
        group_settings=overrides,
        cdi=compact,
    )


class _SameForAll(Mapping[str, dict[str, bool]]):
    """Members' CDI values when every member has the same (the common case): the members
    and one dict, not a dict of members (20,000 collections x 100 members: 90 MB less)."""

    __slots__ = ("_members", "_values")

    def __init__(self, members: tuple[str, ...], values: dict[str, bool]) -> None:
        self._members, self._values = members, values

    def __getitem__(self, code: str) -> dict[str, bool]:
        if code in self._members:
            return self._values
        raise KeyError(code)

    def __iter__(self) -> Iterator[str]:
        return iter(self._members)

    def __len__(self) -> int:
        return len(self._members)


# Members' CDI values repeat (most follow one matrix row): one dict per distinct set keeps
# 20,000 collections x 100 members small.
_SHARED: dict[tuple[tuple[str, bool], ...], dict[str, bool]] = {}


def _shared(values: dict[str, bool]) -> dict[str, bool]:
    return _SHARED.setdefault(tuple(values.items()), values)


def _group_settings(obj: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    holder = obj.get("group_settings")
    items = holder.get("group_setting") if isinstance(holder, Mapping) else None
    if isinstance(items, Mapping):
        items = [items]
    return [i for i in items if isinstance(i, Mapping)] if isinstance(items, list) else []


def _proxy(obj: Mapping[str, Any]) -> str:
    """``none`` when proxying is off, ``default`` for the default profile, else its name."""
    if flag(obj.get("proxy_enabled")) is not True:
        return "none"
    return value(obj.get("proxy")) or "default"


def _linking(obj: Mapping[str, Any], services: list[Mapping[str, Any]]) -> dict[str, str] | None:
    level = next((LEVELS.get(value(s.get("linking_level")).upper()) for s in services
                  if value(s.get("linking_level"))), None)
    info = obj.get("cdi_info")
    method = METHODS.get(value(info.get("cdi_full_text_linking")).upper()) \
        if isinstance(info, Mapping) else None
    return {"level": level, "method": method} if level and method else None


def inheritance(table: Mapping[str, Any]) -> bool | None:
    """cdi_consortia_inheritance from a member's Other Settings mapping table (Y / N)."""
    rows = table.get("row")
    for row in rows if isinstance(rows, list) else []:
        if isinstance(row, Mapping) and value(row.get("column0")) == "cdi_consortia_inheritance":
            return flag(row.get("column1"))
    return None


# -- writing back: the whole object, with only the planned fields changed ----------------------
# Alma's PUT replaces the collection; for the Electronic API "we advise to send an empty
# string in order to clean" a field (docs/alma.md), so a cleared value is "", not absent.

WRITABLE = frozenset({"members", "public_name", "proxy", "group_settings"})


def updated(obj: Mapping[str, Any], changes: Mapping[str, Any], settings: Settings,
            restore: Iterable[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """A copy of ``obj`` with ``changes`` (repository field -> new value) made.

    ``members``: the sorted member codes (group settings added empty, or as in ``restore``,
    the group settings an earlier run removed, CDI values and all; or removed);
    ``group_settings``: member -> {proxy, public_name} (absent keys cleared);
    ``public_name``: the override, or None to clear it; ``proxy``: default | none | name.
    """
    result = copy.deepcopy(dict(obj))
    if "public_name" in changes:
        result["public_name_override"] = changes["public_name"] or ""
    if "proxy" in changes:
        _set_proxy(result, changes["proxy"])
    groups = [dict(g) for g in _group_settings(result)]
    if "members" in changes:
        wanted = {settings.group(m) for m in changes["members"]}
        groups = [g for g in groups if value(g.get("group")) in wanted]
        have = {value(g.get("group")) for g in groups}
        earlier = {value(g.get("group")): dict(g) for g in restore}
        groups += [earlier.get(code) or {"group": {"value": code}, "proxy_enabled": {"value": ""},
                                         "proxy": {"value": ""}, "public_name_override": ""}
                   for code in sorted(wanted - have)]
    if "group_settings" in changes:
        own: Mapping[str, Mapping[str, str]] = changes["group_settings"] or {}
        for group in groups:
            member = settings.member(value(group.get("group")))
            wanted_own = own.get(member, {})
            if "proxy" in wanted_own:
                _set_proxy(group, wanted_own["proxy"])
            else:
                group["proxy_enabled"], group["proxy"] = {"value": ""}, {"value": ""}
            group["public_name_override"] = wanted_own.get("public_name", "")
    if "members" in changes or "group_settings" in changes:
        result["group_settings"] = {"group_setting": groups}
    return result


def _set_proxy(obj: dict[str, Any], proxy: str | None) -> None:
    if proxy in (None, "none"):
        obj["proxy_enabled"], obj["proxy"] = {"value": "false"}, {"value": ""}
    else:
        obj["proxy_enabled"] = {"value": "true"}
        obj["proxy"] = {"value": "" if proxy == "default" else proxy}


def removed_groups(before: Mapping[str, Any], after: Mapping[str, Any]
                   ) -> list[dict[str, Any]]:
    """The group settings ``before`` has and ``after`` does not (for the journal)."""
    kept = {value(g.get("group")) for g in _group_settings(after)}
    return [dict(g) for g in _group_settings(before) if value(g.get("group")) not in kept]


def fields(r: Remote) -> dict[str, Any]:
    """The writable fields' values as the repository writes them (for plans and checks)."""
    return {"members": list(r.members), "public_name": r.public_name, "proxy": r.proxy,
            "group_settings": r.group_settings}
