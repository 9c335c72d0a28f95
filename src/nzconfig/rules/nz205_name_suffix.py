"""Every shared collection's name ends with the network suffix.

Policy: "All shared collections have "(WRLC)" in the collection name", at its end, so that
staff searching the Network Zone tell shared collections from institution-specific ones.
The suffix is policies/network.yaml `name_suffix`. Seed: 003, "Configuration of Shared
Electronic Collections in the Network Zone", point 1.

Fix: rename the collection (here and in Alma) so that its name ends with the suffix; the
hint gives the name. The file name follows the name (rule NZ154).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ205"
FIXED = False
NAME = "name-suffix"
TITLE = "Shared collection names end with the network suffix"
SEVERITY = Severity.ERROR
SEED = "003 Configuration of Shared Electronic Collections in the Network Zone"
PARAMS: Mapping[str, Any] = {}
POLICY = (("policies/network.yaml", "name_suffix", "the suffix, e.g. `(WRLC)`"),)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    suffix = network.name_suffix
    if not suffix:
        return
    for collection in network.collections:
        name = collection.name
        if name.endswith(suffix):
            continue
        base = " ".join(name.replace(suffix, " ").split())
        where = "does not end with" if suffix in name else "lacks"
        yield Finding(
            collection.doc, ("name",), f"the name {where} the network suffix `{suffix}`",
            f"rename it `{base} {suffix}`", collection=name)
