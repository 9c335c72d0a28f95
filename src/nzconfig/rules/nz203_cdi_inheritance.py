"""Members with access to a shared collection inherit the NZ's CDI settings.

Policy: "In order for each IZ to inherit the configured CDI settings for NZ shared
e-collections, the cdi_consortia_inheritance parameter must be set to Y (for Yes)". An
institution file that records `cdi_consortia_inheritance: false` for a member listed in any
active shared collection is an error at that line. Where the value is not recorded, rule
NZ209 says it cannot be verified. Seed: 003, "CDI Inheritance Parameter".

Fix: set cdi_consortia_inheritance to Y in the member's Alma (Configuration > Resources >
General > Other Settings), then record `cdi_consortia_inheritance: true`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.core.wording import plural
from nzconfig.domain.cdi import access_counts
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ203"
FIXED = False
NAME = "cdi-inheritance"
TITLE = "Members with access to shared collections have cdi_consortia_inheritance set"
SEVERITY = Severity.ERROR
SEED = "003 Configuration of CDI Settings, CDI Inheritance Parameter"
PARAMS: Mapping[str, Any] = {"include_inactive": False}
PARAM_DOCS = {"include_inactive": "also count access through inactive collections"}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    counts = access_counts(network, bool(params["include_inactive"]))
    for code, institution in sorted(network.institutions.items()):
        if counts.get(code) and institution.data.get("cdi_consortia_inheritance") is False:
            n = counts[code]
            yield Finding(
                institution.doc, ("cdi_consortia_inheritance",),
                f"`{code}` has access to shared collections but cdi_consortia_inheritance "
                "is false: its IZ does not inherit their CDI settings",
                "set cdi_consortia_inheritance to Y in Alma (Configuration > Resources > "
                "General > Other Settings), then record `true` here "
                f"({plural(n, 'shared collection')} depend on it)",
                member=code)
