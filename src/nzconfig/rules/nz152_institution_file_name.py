"""An institution's file is named after its code: ``institutions/<CODE>.yaml``.

Why: one file per member, found by its code, keeps reviews and merges simple and makes
a duplicate code impossible. Seed: the repository layout (design).

Fix: rename the file, or correct the ``code``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import PurePosixPath
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ152"
FIXED = False
NAME = "institution-file-name"
TITLE = "Institution files are named after their codes"
SEVERITY = Severity.ERROR
SEED = "repository layout"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for institution in network.institutions.values():
        stem = PurePosixPath(institution.doc.file).stem
        if stem != institution.code:
            yield Finding(
                institution.doc, ("code",),
                f"institution code `{institution.code}` does not match its file name `{stem}`",
                f"rename the file to institutions/{institution.code}.yaml",
                member=institution.code,
            )
