"""An inactive collection records when it was made inactive; an active one does not.

Policy: the date a collection stopped being offered is part of its history (cost shares,
usage and review are counted by year), so ``status: inactive`` comes with
``inactive_since: YYYY-MM-DD``, a real calendar date not in the future (today is
$NZCONFIG_TODAY when set, as for waivers). An active
collection has no ``inactive_since``. Where the date is not known, say so with a waiver in
policies/waivers.yaml (a reason and an expiry by which to find it) rather than a guessed
date. Seed: 003, Shared Electronic Collections table ("INACTIVE DOAB ...", no date given).

Fix: add ``inactive_since`` from Alma's collection history, or remove it from an active
collection.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core import isodate
from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ216"
FIXED = False
NAME = "inactive-date"
TITLE = "Inactive collections record their inactivation date"
SEVERITY = Severity.ERROR
SEED = "003 Shared Electronic Collections table"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in network.collections:
        since = collection.data.get("inactive_since")
        name = collection.name
        if collection.active:
            if since is not None:
                yield Finding(collection.doc, ("inactive_since",),
                              "an active collection has an inactivation date",
                              "remove `inactive_since`, or set `status: inactive`",
                              at_key=True, collection=name)
            continue
        if since is None:
            yield Finding(collection.doc, ("status",),
                          "inactive collection does not record when it was made inactive",
                          "add `inactive_since: YYYY-MM-DD`", collection=name)
            continue
        day = isodate.parse(since)
        if day is None:
            yield Finding(collection.doc, ("inactive_since",),
                          f"`{since}` is not a calendar date", "write a real date, YYYY-MM-DD",
                          collection=name)
        elif day > (network.today or isodate.today()):
            yield Finding(collection.doc, ("inactive_since",),
                          f"inactivation date {day} is in the future",
                          "keep `status: active` until the day it is made inactive",
                          collection=name)
