"""The collections and members as the wiki table shows them: plain, sorted view data.

Order follows the seed's table: subscriptions, then open access, each alphabetical by the
NZ name compared case-insensitively (``str.casefold``, so the locale plays no part), with
the exact name breaking ties so that the order is total.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from nzconfig.domain.naming import slug
from nzconfig.loading.model import Collection, Network

MANAGED_VIA = {"community_zone": "Community Zone", "import_profile": "Import Profile"}
ACCESS_TYPES = {"subscription": "Subscription", "open_access": "Open Access"}
# The seed's table shows subscriptions first, then open access; any other type after them.
GROUP_ORDER = ("subscription", "open_access")

# Control characters (other than tab and newline) have no place on a page and would make
# the Confluence XHTML ill-formed; they are dropped from every value shown.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text(value: Any) -> str:
    if value is None:
        return ""
    shown = str(value)
    if shown.isascii() and shown.isprintable():  # no control character (checked in C)
        return shown
    return _CONTROL.sub("", shown)


@dataclass(frozen=True, slots=True, eq=False)
class Row:
    """One collection, one row of the wiki table. Equal only to itself (each is one
    collection's, and hashed by identity: the bulk filters look rows up millions of times)."""

    name: str
    cz_name: str
    title: str  # the Collection Name cell: the NZ name, then the CZ name in parentheses
    label: str  # the name in reports: the CZ name only where it differs (see label())
    package: str
    managed_via: str
    import_profile: str
    access_key: str
    access_type: str
    acquisitions_profile: str
    availability: tuple[str, ...]
    status: str
    active: bool
    members: tuple[str, ...]
    anchor: str
    file: str
    linking: str  # "book / link_resolver", or "" when not recorded


@dataclass(frozen=True, slots=True)
class Group:
    key: str
    label: str
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Member:
    code: str
    name: str
    label: str  # "AMU" or "AMU (American University)"
    page: str  # path of its checklist page, relative to the output folder
    inheritance: bool | None  # cdi_consortia_inheritance; None when not recorded
    known: bool  # has an institution file


# What may follow the CZ name in an NZ name that only adds the network's suffix.
_SUFFIX_ONLY = re.compile(r"\s*(\([^()]*\))?\s*")


def label(name: str, cz_name: str) -> str:
    """The collection in reports: the NZ name, then the CZ name in parentheses where it says
    more than the NZ name ("Bloomsbury Open Access (WRLC)", not "Bloomsbury Open Access
    (WRLC) (Bloomsbury Open Access)"). The wiki table keeps the seed's form (``title``), which
    import-table reads back."""
    if not cz_name:
        return name
    head = name[:len(cz_name)]
    if head.casefold() == cz_name.casefold() and _SUFFIX_ONLY.fullmatch(name[len(cz_name):]):
        return name
    return f"{name} ({cz_name})"


def row(collection: Collection) -> Row:
    data = collection.data
    name, cz_name = text(data.get("name")), text(data.get("cz_name"))
    access_key = text(data.get("access_type"))
    managed = text(data.get("managed_via"))
    linking = data.get("linking") or {}
    return Row(
        name=name,
        cz_name=cz_name,
        title=f"{name} ({cz_name})" if cz_name else name,
        label=label(name, cz_name),
        package=text(data.get("package")),
        managed_via=MANAGED_VIA.get(managed, managed),
        import_profile=text(data.get("import_profile")),
        access_key=access_key,
        access_type=ACCESS_TYPES.get(access_key, access_key),
        acquisitions_profile=text(data.get("acquisitions_profile")),
        availability=tuple(text(a) for a in data.get("availability") or ()),
        status=text(collection.status),
        active=collection.active,
        members=_codes(collection.members),
        anchor=slug(name) or "collection",
        file=collection.doc.file,
        linking=(f"{text(linking.get('level'))} / {text(linking.get('method'))}"
                 if linking else ""),
    )


def _codes(members: Sequence[Any]) -> tuple[str, ...]:
    """The member codes as shown, distinct and sorted. Codes are plain text almost always:
    one scan of them all then stands for a text() of each (150,000 at 2,000 x 100)."""
    try:
        plain = not _CONTROL.search(" ".join(members))
    except TypeError:  # not all text (the schema refuses it)
        plain = False
    return tuple(sorted(set(members) if plain else {text(m) for m in members}))


def sort_key(r: Row) -> tuple[int, str, str, str, str]:
    group = GROUP_ORDER.index(r.access_key) if r.access_key in GROUP_ORDER else len(GROUP_ORDER)
    return (group, r.access_key, r.name.casefold(), r.name, r.file)


def rows(network: Network) -> tuple[Row, ...]:
    """Every collection in table order, with unique anchors."""
    ordered = sorted((row(c) for c in network.collections), key=sort_key)
    seen: dict[str, int] = {}
    result = []
    for r in ordered:
        n = seen[r.anchor] = seen.get(r.anchor, 0) + 1
        if n > 1:  # two names with one slug (only possible in a repository with errors)
            r = replace(r, anchor=f"{r.anchor}-{n}")
        result.append(r)
    return tuple(result)


def groups(all_rows: tuple[Row, ...]) -> tuple[Group, ...]:
    keys = sorted({r.access_key for r in all_rows},
                  key=lambda k: (GROUP_ORDER.index(k) if k in GROUP_ORDER else 99, k))
    return tuple(Group(k, ACCESS_TYPES.get(k, k),
                       tuple(r for r in all_rows if r.access_key == k)) for k in keys)


_CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")


def members(network: Network, all_rows: tuple[Row, ...]) -> tuple[Member, ...]:
    """Every institution, and every code a collection names (known or not), by code."""
    codes = set(network.institutions) | {m for r in all_rows for m in r.members}
    result = []
    for code in sorted(codes):
        if not _CODE.match(code):
            continue  # not a code (the schema refuses it); no page can be named after it
        institution = network.institutions.get(code)
        name = text(institution.name) if institution is not None else ""
        inheritance = (institution.data.get("cdi_consortia_inheritance")
                       if institution is not None else None)
        result.append(Member(
            code=code,
            name=name,
            label=f"{code} ({name})" if name else code,
            page=f"members/{code}.md",
            inheritance=inheritance if isinstance(inheritance, bool) else None,
            known=institution is not None,
        ))
    return tuple(result)
