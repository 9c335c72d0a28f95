"""List the open-access collections the yearly review should propose for the NZ.

Policy: "Collections that are activated by 5 or more institution and that have an overall
Brief Level over 6 are reviewed and added to the NZ once a year." From the IZ activation data
(the CSV file named by policies/open-access.yaml `review.activations`; format in
docs/oa-activations.md), every collection activated by at least `review.min_members` members
with an overall Brief Level over `review.brief_level_over` that is not already in the NZ is
a candidate: one notice at its first row in the activation data. A collection counts as in
the NZ when its name matches a collection file's `name` (with or without the network suffix)
or `cz_name`, ignoring case. Without the thresholds or the activation data the rule does not
run; activation data that cannot be read stops the run (NZ905).
Seed: 003, "Open Access Community Zone Collections in the NZ" and "Regular review".

Fix: nothing is wrong; a notice is an agenda item. Submit the candidate to the new-resource
workflow (CCC, APAC, ERC), or waive it in policies/waivers.yaml (by `collection`) with the
committee's reason until the next review.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.domain.activations import Activation, load
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ208"
FIXED = False
NAME = "oa-review"
TITLE = "Open-access collections many members activate locally are proposed for the NZ"
SEVERITY = Severity.NOTICE
SEED = "003 Open Access Community Zone Collections in the NZ; Regular review"
PARAMS: Mapping[str, Any] = {}
POLICY = (
    ("policies/open-access.yaml", "review.min_members", "the fewest activating members"),
    ("policies/open-access.yaml", "review.brief_level_over",
     "the overall Brief Level a candidate must exceed"),
    ("policies/open-access.yaml", "review.activations", "the IZ activation data (CSV)"),
)


def in_network(network: Network) -> set[str]:
    suffix = network.name_suffix
    names: set[str] = set()
    for collection in network.collections:
        name = collection.name
        names.add(name.casefold())
        if suffix and name.endswith(suffix):
            names.add(name[: -len(suffix)].strip().casefold())
        if collection.data.get("cz_name"):
            names.add(str(collection.data["cz_name"]).casefold())
    return names


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    review = network.policy("open-access").get("review") or {}
    if not review.get("activations"):
        return
    data = load(network.root, review["activations"], network.known_codes(),
                network.policies.get("open-access"))
    groups: dict[str, list[Activation]] = {}
    for activation in data.rows:
        groups.setdefault(activation.collection.casefold(), []).append(activation)
    present = in_network(network)
    least, over = review["min_members"], review["brief_level_over"]
    for key, rows in sorted(groups.items()):
        members = sorted({a.member for a in rows})
        level = rows[0].brief_level
        if key in present or len(members) < least or not level > over:
            continue
        first = rows[0]
        yield Finding(
            data.doc, ("rows", first.row, "collection"),
            f"`{first.collection}` is activated by {len(members)} members "
            f"({', '.join(members)}) with Brief Level {level}: a candidate for the NZ "
            f"(at least {least} members, Brief Level over {over})",
            "submit it to the new open-access resource workflow, or waive it until the "
            "next review", collection=first.collection)
