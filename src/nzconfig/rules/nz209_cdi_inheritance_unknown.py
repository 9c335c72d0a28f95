"""Say which members' CDI inheritance cannot be verified.

Policy: as NZ203: every member with access to a shared collection must have
cdi_consortia_inheritance set to Y. Where an institution file does not record the value, the
tool cannot tell and says so once per member, instead of guessing. Seed: 003, "CDI
Inheritance Parameter".

Fix: look the parameter up in the member's Alma (Configuration > Resources > General >
Other Settings) and record `cdi_consortia_inheritance: true` (or `false`, which NZ203 then
reports).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.core.wording import plural
from nzconfig.domain.cdi import access_counts
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ209"
FIXED = False
NAME = "cdi-inheritance-unknown"
TITLE = "A member's cdi_consortia_inheritance is recorded, so it can be checked"
SEVERITY = Severity.NOTICE
SEED = "003 Configuration of CDI Settings, CDI Inheritance Parameter"
PARAMS: Mapping[str, Any] = {"include_inactive": False}
PARAM_DOCS = {"include_inactive": "also count access through inactive collections"}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    include_inactive = bool(params["include_inactive"])
    counts = access_counts(network, include_inactive)
    listed = counts if include_inactive else access_counts(network, True)
    for code, institution in sorted(network.institutions.items()):
        if counts.get(code) and "cdi_consortia_inheritance" not in institution.data:
            n = counts[code]
            # The member pages and the access matrix list inactive collections too (marked
            # so): say how many of those there are, so that the numbers agree.
            inactive = listed[code] - n if not include_inactive else 0
            also = (f"; it is also in the Group Settings of "
                    f"{plural(inactive, 'inactive collection')}" if inactive else "")
            yield Finding(
                institution.doc, ("code",),
                f"cdi_consortia_inheritance is not recorded: cannot verify that `{code}` "
                "inherits the CDI settings of its shared collections",
                "check the parameter in Alma (Configuration > Resources > General > Other "
                "Settings) and record `cdi_consortia_inheritance: true` "
                f"({plural(n, 'active shared collection')} depend on it{also})",
                at_key=True, member=code)
