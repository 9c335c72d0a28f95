"""A collection under the IZ model is not a shared NZ collection.

Policy: the IZ model is "the local acquisition, licensing and e-resource management by the
individual libraries. This model is only for the IZ and will not be used for shared
acquisitions ... E-collections in the IZ will not appear in the NZ." A repository may keep
a collection with ``acquisition_model: iz`` only as a record that it went (back) to the
members' IZs, e.g. an open-access resource only one library wanted (seed 003's workflow,
step 2): it is ``status: inactive`` and names no network ``vendor``, ``fund``,
``licence``, ``local_acquisitions`` or ``upgrade_of``. Seed: 004, "Best practice
recommendations", Institutional Zone (IZ).

Failing example::

    acquisition_model: iz
    status: active
    licence: HEIN

Passing: ``acquisition_model: iz``, ``status: inactive``, no acquisitions keys.

Fix: give the collection an NZ model (``nz_ecc`` or ``nz_opt_in``) if it is shared, or
make it inactive and drop the network acquisitions keys if it belongs to the IZs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ231"
FIXED = False
NAME = "iz-model-not-shared"
TITLE = "IZ-model collections are not shared through the NZ"
SEVERITY = Severity.ERROR
SEED = "004 Best practice recommendations, Institutional Zone (IZ)"
PARAMS: Mapping[str, Any] = {}

_NETWORK_KEYS = ("vendor", "fund", "licence", "local_acquisitions", "upgrade_of")


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in network.collections:
        if collection.data.get("acquisition_model") != "iz":
            continue
        if collection.active:
            yield Finding(collection.doc, ("acquisition_model",),
                          "an active NZ collection under the IZ model: IZ e-collections do "
                          "not appear in the NZ",
                          "use nz_ecc or nz_opt_in if it is shared, else make it `status: "
                          "inactive` (its members manage it in their IZs)",
                          collection=collection.name)
        for key in _NETWORK_KEYS:
            if key in collection.data:
                yield Finding(collection.doc, (key,),
                              f"`{key}` is network acquisitions data; the IZ model is not "
                              "used for shared acquisitions",
                              f"remove `{key}`, or use nz_ecc or nz_opt_in", at_key=True,
                              collection=collection.name)
