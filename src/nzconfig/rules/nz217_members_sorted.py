"""Member lists are sorted (warning; the hint gives the fixed list).

Policy: a collection's ``members`` (and ``local_acquisitions``) are kept in alphabetical
order of code, as the wiki table lists them, so that a pull request adding a member is a
one-line change at a predictable place and two lists compare at a glance. The hint gives
the list sorted and without repeats. A repeated code is reported by NZ155, not here; a
list that is sorted apart from repeats is not reported twice. Seed: 003, Shared Electronic
Collections table (members listed in code order, "AMU; AMULAW; CAA; ...").

Fix: replace the list with the one in the hint.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ217"
FIXED = False
NAME = "members-sorted"
TITLE = "Member lists are in alphabetical order"
SEVERITY = Severity.WARNING
SEED = "003 Shared Electronic Collections table"
PARAMS: Mapping[str, Any] = {"lists": ["members", "local_acquisitions"]}
PARAM_DOCS = {"lists": "the collection keys whose lists must be sorted"}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in network.collections:
        for key in params["lists"]:
            codes = collection.data.get(key)
            if not isinstance(codes, list):
                continue
            try:
                if sorted(codes) == codes:  # in order, as nearly every list is: one C call
                    continue
            except TypeError:  # texts and other values mixed
                continue
            if not all(isinstance(c, str) for c in codes):
                continue
            out_of_place = next((i for i in range(1, len(codes)) if codes[i] < codes[i - 1]),
                                None)
            if out_of_place is None:
                continue
            fixed = sorted(set(codes))
            yield Finding(collection.doc, (key, out_of_place),
                          f"{key} are not in alphabetical order: `{codes[out_of_place]}` "
                          f"comes after `{codes[out_of_place - 1]}`",
                          f"write {key}: [{', '.join(fixed)}]", collection=collection.name)
