"""An active licence points at its signed agreement (warning).

Policy: "SDLC will be uploading the signed agreements to the attachment tabs as well as any
title lists or URLs to title lists." So an active licence has, in ``documents``, a
document of each kind the parameter ``kinds`` names (default: ``signed_agreement``).
Seed: 004, "Licences: view-only access to licenses in the Network Zone".

Failing example: a licence without ``documents``. Passing::

    documents:
      - {kind: signed_agreement, url: "https://files.example.org/ieee-2024.pdf",
         sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08}

Fix: add the signed agreement (a file in the repository, or its URL) with its SHA-256.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ237"
FIXED = False
NAME = "licence-signed-agreement"
TITLE = "Active licences point at their signed agreement"
SEVERITY = Severity.WARNING
SEED = "004 Licences: view-only access to licenses in the Network Zone"
PARAMS: Mapping[str, Any] = {"kinds": ["signed_agreement"]}
PARAM_DOCS = {"kinds": "the document kinds every active licence has"}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for licence in network.licences.values():
        if licence.data.get("status", "active") != "active":
            continue
        have = {d.get("kind") for d in licence.data.get("documents") or []}
        missing = [kind for kind in params["kinds"] if kind not in have]
        if missing:
            yield Finding(licence.doc, ("documents",) if "documents" in licence.data
                          else ("code",),
                          "the licence has no " + " or ".join(
                              k.replace("_", " ") for k in missing) + " document",
                          "add it under `documents` with `kind`, `path` or `url`, and "
                          "`sha256`", at_key=True)
