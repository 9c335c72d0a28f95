"""Vendor, fund and licence codes name records of the network.

Policy: a collection's ``vendor``, ``fund`` and ``licence``, and a licence's ``licensor``,
name files in vendors/, funds/ and licences/ (seed 004: "The NZ instance must be populated
with vendors ... and funds ... Negotiated licenses are also required in the NZ"). A code
with no record points at nothing in Alma. Seed: 004, "Best practice recommendations".

Fix: correct the code (the hint names the nearest one), or add the record's file.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.core.wording import did_you_mean
from nzconfig.loading.loader import Document
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ218"
FIXED = False
NAME = "acquisitions-references"
TITLE = "Vendor, fund and licence codes name network records"
SEVERITY = Severity.ERROR
SEED = "004 Best practice recommendations"
PARAMS: Mapping[str, Any] = {}

FOLDER = {"vendor": "vendors", "fund": "funds", "licence": "licences"}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in network.collections:
        for kind in ("vendor", "fund", "licence"):
            yield from _reference(network, collection.doc, kind, kind, collection.name)
    for licence in network.licences.values():
        yield from _reference(network, licence.doc, "licensor", "vendor", None)


def _reference(network: Network, doc: Document, key: str, kind: str,
               collection: str | None) -> Iterator[Finding]:
    code = doc.data.get(key)
    known = network.records(kind)
    if not isinstance(code, str) or code in known:
        return
    yield Finding(doc, (key,), f"no {kind} `{code}` (no {FOLDER[kind]}/{code}.yaml)",
                  did_you_mean(code, known) or f"add {FOLDER[kind]}/{code}.yaml",
                  collection=collection)
