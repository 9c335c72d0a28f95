"""Per-member CDI settings follow the CDI matrix; an override says why it differs.

Policy: for every member listed in a shared collection's Group Settings, the CDI tab is set
as the CDI matrix (policies/cdi-matrix.yaml) prescribes for the collection's linking level
and method. A member that needs a different setting records it in the collection's `cdi`
mapping with a `reason`; an override without a reason is an error, and so is an override
for a code that is not in `members` (it configures access the member does not have).
A setting the matrix row does not state is not checked; where the collection's linking is
not recorded every override needs a reason, since nothing shows that it agrees.
Seed: 003, "Configuration of CDI Settings for Shared Electronic Collections".

Fix: add `reason:` to the member's override (why the member differs), remove the override
to follow the matrix, or add the member to `members`.

Failing example (linking book / link resolver; the row says "We subscribe to only some
titles" = Yes):

    linking: {level: book, method: link_resolver}
    members: [AMU, GWA]
    cdi:
      GWA:
        subscribe_to_only_some_titles_in_the_collection: false

Passing: the same with `reason: GWA has all titles, bought outright in 2021`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.core.wording import cdi_value
from nzconfig.domain import cdi
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ201"
FIXED = False
NAME = "cdi-matrix"
TITLE = "Members' CDI settings follow the CDI matrix unless an override gives a reason"
SEVERITY = Severity.ERROR
SEED = "003 Configuration of CDI Settings for Shared Electronic Collections"
PARAMS: Mapping[str, Any] = {}
POLICY = (("policies/cdi-matrix.yaml", "rows",
           "the settings each linking level and method prescribes"),)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in network.collections:
        overrides: Mapping[str, Any] = collection.data.get("cdi") or {}
        if not overrides:
            continue
        members = set(collection.members)
        row = cdi.row_for(network, collection)
        for code, own in overrides.items():
            own = own or {}
            if code not in members:
                yield Finding(
                    collection.doc, ("cdi", code),
                    f"CDI override for `{code}`, which is not in `members`",
                    f"remove the override, or add `{code}` to `members`",
                    at_key=True, collection=collection.name, member=code)
                continue
            if own.get("reason"):
                continue
            for name in cdi.SETTINGS:
                if name not in own:
                    continue
                label = cdi.LABELS[name]
                value = cdi_value(name, bool(own[name]))
                if row is None:
                    message = (f"`{code}` sets \"{label}\" = {value} without a reason; "
                               "the collection's linking is not recorded, so nothing shows it "
                               "agrees with the CDI matrix")
                elif name not in row.settings or row.settings[name] == own[name]:
                    continue
                else:
                    prescribed = cdi_value(name, bool(row.settings[name]))
                    message = (f"`{code}` sets \"{label}\" = {value} but the CDI "
                               f"matrix row `{row.id}` says {prescribed}, "
                               "and the override gives no reason")
                yield Finding(
                    collection.doc, ("cdi", code, name), message,
                    f"add `reason:` under `cdi: {code}:` saying why, or remove the setting "
                    "to follow the matrix",
                    collection=collection.name, member=code)
