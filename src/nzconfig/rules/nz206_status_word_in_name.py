"""Status words belong in `status`, not in a collection's name.

Policy: the seed's table lists "INACTIVE DOAB Directory of Open Access Books (WRLC)": a
status written into the name is invisible to every tool that reads `status`, and the name
changes each time the status does. The words are policies/network.yaml `status_words`,
matched as whole words, with the case as written there unless `case_sensitive` is false.
Seed: 003, "Shared Electronic Collections" table.

Fix: remove the word from the name and set `status: inactive` (or the status meant).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ206"
FIXED = False
NAME = "status-word-in-name"
TITLE = "No status words such as INACTIVE in collection names"
SEVERITY = Severity.ERROR
SEED = "003 Shared Electronic Collections table"
PARAMS: Mapping[str, Any] = {"case_sensitive": True}
PARAM_DOCS = {"case_sensitive": "match the words only in the case written in the policy"}
POLICY = (("policies/network.yaml", "status_words", "the words, e.g. `INACTIVE`"),)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    words = network.policy("network").get("status_words") or []
    if not words:
        return
    flags = 0 if params["case_sensitive"] else re.IGNORECASE
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)", flags)
    for collection in network.collections:
        match = pattern.search(collection.name)
        if match is None:
            continue
        word = match.group(1)
        rest = " ".join(pattern.sub(" ", collection.name).split())
        yield Finding(
            collection.doc, ("name",), f"the status word `{word}` is part of the name",
            f"rename it `{rest}` and record the status in `status` "
            f"(now `{collection.status}`)", collection=collection.name)
