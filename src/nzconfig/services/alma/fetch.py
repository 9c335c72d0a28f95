"""Reading the Network Zone's collections, and each member's inheritance setting.

Requests: one list request per 100 collections, then per collection one GET of the
collection (the list gives brief records; skipped when the list already carries
``group_settings``) and one of its services (for the linking level and the status), and
one request per member that has its own key. docs/alma.md gives the count as a formula.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import quote

from nzconfig.services.alma import mapping
from nzconfig.services.alma.client import Client
from nzconfig.services.alma.keys import member_key
from nzconfig.services.alma.mapping import Remote
from nzconfig.services.alma.settings import Settings

COLLECTIONS = "electronic/e-collections"


@dataclass(slots=True)
class Snapshot:
    """Alma's side, as plain data: what pull writes, drift compares and apply plans from."""

    collections: list[Remote]
    inheritance: dict[str, bool | None] = field(default_factory=dict)  # members read
    unchecked: list[str] = field(default_factory=list)  # members without a key
    requests: int = 0


def collection_path(alma_id: str) -> str:
    return f"{COLLECTIONS}/{quote(alma_id, safe='')}"


def read(settings: Settings, nz: Client, members: Iterable[str],
         key: Callable[[str], str | None] = member_key) -> Snapshot:
    collections = list(read_collections(settings, nz))
    snapshot = Snapshot(collections)
    for code in sorted(set(members)):
        own = key(code)
        if own is None:
            snapshot.unchecked.append(code)
            continue
        with nz.with_key(own, f"{code}'s Institution Zone") as iz:
            table = iz.get(f"conf/mapping-tables/{quote(settings.inheritance_table, safe='')}")
            snapshot.inheritance[code] = mapping.inheritance(table)
            snapshot.requests += iz.requests
    snapshot.requests += nz.requests
    return snapshot


def read_collections(settings: Settings, nz: Client) -> Iterator[Remote]:
    for brief in nz.pages(COLLECTIONS, "electronic_collection"):
        alma_id = mapping.value(brief.get("id"))
        if not alma_id:
            continue
        obj = brief if "group_settings" in brief else nz.get(collection_path(alma_id))
        services = list(nz.pages(f"{collection_path(alma_id)}/e-services",
                                 "electronic_service"))
        yield mapping.remote(obj, services, settings)
