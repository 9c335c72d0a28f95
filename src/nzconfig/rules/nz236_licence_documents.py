"""A licence's documents are where they say, with the SHA-256 they record.

Policy: the central office uploads "the signed agreements to the attachment tabs as well
as any title lists or URLs to title lists", and keeps the old subscription logs as
attachments. A licence lists its documents under ``documents``, each with ``kind``, a
``path`` (a file in the repository) or a ``url`` (kept elsewhere), and its ``sha256``:

    documents:
      - kind: signed_agreement
        path: licences/documents/IEEE-2024.pdf
        sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08

Each document gives exactly one of ``path`` and ``url``. A ``path`` must name a regular
file inside the repository (relative, no ``..``, no link leading out), at most
``max_bytes`` long, whose SHA-256 is the one recorded: a missing file is an error, and so
is a changed one. A ``url`` is not fetched; its ``sha256`` records what was agreed (and
rule NZ214 checks the URL is generic). Seed: 004, "Licences: view-only access to licenses
in the Network Zone".

Fix: add the file, correct the path, or record the new checksum (``sha256sum FILE``) when
the document was deliberately replaced.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.domain import licence_documents
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ236"
FIXED = False
NAME = "licence-documents"
TITLE = "Licence documents exist and match their SHA-256"
SEVERITY = Severity.ERROR
SEED = "004 Licences: view-only access to licenses in the Network Zone"
PARAMS: Mapping[str, Any] = {"max_bytes": 50 * 1024 * 1024}
PARAM_DOCS = {"max_bytes": "the largest document file read to check its SHA-256"}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    limit = int(params["max_bytes"])
    # One hash per file however many documents name it: the work stays within the
    # repository's own size.
    hashes: dict[Path, str | None] = {}
    for licence in network.licences.values():
        for index, document in enumerate(licence.data.get("documents") or []):
            given = [key for key in ("path", "url") if key in document]
            if len(given) != 1:
                yield Finding(licence.doc, ("documents", index),
                              "a document gives both `path` and `url`" if given
                              else "a document gives neither `path` nor `url`",
                              "give the file in the repository (`path`) or where it is kept "
                              "(`url`), not both")
                continue
            if given == ["url"]:
                continue
            located = licence_documents.locate(network.root, document["path"], limit)
            if located.path is None:
                yield Finding(licence.doc, ("documents", index, "path"),
                              str(located.problem), "add the file, or correct the path")
                continue
            if located.path not in hashes:
                hashes[located.path] = licence_documents.sha256(located.path, limit)
            actual = hashes[located.path]
            if actual is None:
                yield Finding(licence.doc, ("documents", index, "path"),
                              f"`{document['path']}` cannot be read", None)
            elif actual != document.get("sha256"):
                yield Finding(licence.doc, ("documents", index, "sha256"),
                              f"`{document['path']}` does not match its recorded SHA-256: "
                              "the file changed", f"if the new file is the right one, record "
                              f"`sha256: {actual}`")
