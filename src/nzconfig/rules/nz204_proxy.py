"""Shared collections use only the proxy settings the consortium allows.

Policy: "Electronic Collections in the Network Zone CANNOT use any other proxy integration
profile that is NOT the default proxy integration profile." A collection's `proxy` must be
one of policies/network.yaml `proxy_profiles` (WRLC: `default` or `none`). Without that
list the rule does not run. Seed: 003, "Configuration of Shared Electronic Collections in
the Network Zone", point 3.

Fix: set `proxy: default` (or `none`) in the collection file and in Alma's Group Settings;
an institution's own proxy profile cannot serve an NZ collection.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ204"
FIXED = False
NAME = "proxy"
TITLE = "Shared collections use only the allowed proxy profiles"
SEVERITY = Severity.ERROR
SEED = "003 Configuration of Shared Electronic Collections in the Network Zone"
PARAMS: Mapping[str, Any] = {}
POLICY = (("policies/network.yaml", "proxy_profiles", "the proxy settings allowed"),)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    allowed = network.policy("network").get("proxy_profiles")
    if not allowed:
        return
    for collection in network.collections:
        proxy = collection.data.get("proxy")
        if proxy is not None and proxy not in allowed:
            yield Finding(
                collection.doc, ("proxy",),
                f"proxy `{proxy}` is not allowed for a shared collection",
                "use " + " or ".join(f"`{p}`" for p in allowed)
                + " (policies/network.yaml `proxy_profiles`)",
                collection=collection.name)
