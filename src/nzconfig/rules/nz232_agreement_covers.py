"""One agreement covering several collections lists them all, and each of its members has
them all.

Policy: in NZ Opt-in scenario #3 "a single resource is ordered but the resource has more
than one collection included ... The collections are not separated in the shared
agreement, the agreement is for IEEE" (also EBSCO OmniFile and Gale All Access); in
scenario #4 a resource "includes a second resource in the price" (Academic Search Complete
with Business Source Complete). A licence records such an agreement with ``covers``, the
names of the collections it covers. Then:

- every name in ``covers`` is a collection of the repository;
- every collection naming the licence in ``licence`` is in ``covers``;
- every member with ``negotiation`` details has access to every covered collection
  (``members``), since the agreement does not separate them. Members of a covered
  collection without negotiation details are rule NZ222's business (they may hold the
  collection through another licence, as ASC-only libraries do in scenario #4).

Seed: 004, "Procedures for NZ Opt-in e-Resources Scenario #3" and "Scenario #4".

Failing example (licences/IEEE.yaml)::

    covers: [IEEE Journals (CSU), IEEE Conferences (CSU)]
    negotiation: {CAMPUSA: {price: 1000}}

with CAMPUSA missing from ``members`` of IEEE Conferences (CSU). Passing: CAMPUSA in both.

Fix: list the collection in ``covers``, correct the name, or give the member access to
every covered collection.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.core.wording import did_you_mean
from nzconfig.loading.model import Collection, Network
from nzconfig.rules.base import Finding

ID = "NZ232"
FIXED = False
NAME = "agreement-covers"
TITLE = "An agreement covering several collections lists them and gives its members all"
SEVERITY = Severity.ERROR
SEED = "004 NZ Opt-in Scenarios #3 and #4"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    by_name = {c.name: c for c in network.collections}
    by_licence: dict[str, list[Collection]] = {}
    for collection in network.collections:
        by_licence.setdefault(str(collection.data.get("licence")), []).append(collection)
    for licence in network.licences.values():
        covers = licence.data.get("covers")
        if not covers:
            continue
        for index, name in enumerate(covers):
            if name not in by_name:
                yield Finding(licence.doc, ("covers", index),
                              f"`{name}` is not a collection of the repository",
                              did_you_mean(name, by_name) or "write the collection's NZ name")
        for collection in by_licence.get(licence.code, []):
            if collection.name not in covers:
                yield Finding(collection.doc, ("licence",),
                              f"{licence.doc.file} covers several collections but does not "
                              "list this one in `covers`",
                              f"add `{collection.name}` to `covers` in {licence.doc.file}",
                              collection=collection.name)
        negotiated = licence.data.get("negotiation") or {}
        for code in negotiated:
            lacking = [n for n in covers if n in by_name and code not in by_name[n].members]
            if lacking:
                yield Finding(licence.doc, ("negotiation", code),
                              f"`{code}` negotiated the agreement, which does not separate "
                              "its collections, but has no access to " + ", ".join(
                                  f"`{n}`" for n in lacking),
                              f"add `{code}` to `members` of each, or remove its negotiation "
                              "details", at_key=True, member=code)
