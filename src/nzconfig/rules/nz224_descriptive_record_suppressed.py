"""The NZ descriptive record of an NZ ECC or NZ Opt-in collection stays suppressed.

Policy: "The NZ Descriptive record remains suppressed for all ECC and Opt-in resources
(full text and A&I's)"; links in Primo are made in each IZ from it. A collection with
``acquisition_model`` nz_ecc or nz_opt_in says ``descriptive_record_suppressed: true``;
``false`` or leaving it out is an error, so the setting is stated where a loader into
Alma can read it. Seed: 004, "Sharing and Ordering Opt-in Abstract and Indexing (A&I)
databases in the NZ".

Fix: suppress the record in Alma and write ``descriptive_record_suppressed: true``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ224"
FIXED = False
NAME = "record-suppressed"
TITLE = "NZ ECC and Opt-in descriptive records stay suppressed"
SEVERITY = Severity.ERROR
SEED = "004 Sharing and Ordering Opt-in A&I databases in the NZ"
PARAMS: Mapping[str, Any] = {}

MODELS = {"nz_ecc": "NZ ECC", "nz_opt_in": "NZ Opt-in"}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in network.collections:
        model = MODELS.get(str(collection.data.get("acquisition_model")))
        if model is None:
            continue
        value = collection.data.get("descriptive_record_suppressed")
        if value is True:
            continue
        where = ("descriptive_record_suppressed",) if value is not None else (
            "acquisition_model",)
        yield Finding(collection.doc, where,
                      f"the NZ descriptive record of an {model} collection must stay "
                      "suppressed" + ("" if value is not None else " (not stated)"),
                      "write `descriptive_record_suppressed: true`", collection=collection.name)
