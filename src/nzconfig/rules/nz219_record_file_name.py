"""A vendor, fund or licence file is named after its code.

Policy: ``vendors/EBSCO.yaml`` holds the vendor whose ``code`` is ``EBSCO``; the same for
funds/ and licences/. One file per code keeps each record in one place and makes two
records with one code impossible. Seed: 004 (records kept at network level).

Fix: rename the file to ``<code>.yaml``, or correct the code.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import PurePosixPath
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ219"
FIXED = False
NAME = "record-file-name"
TITLE = "Vendor, fund and licence files are named after their code"
SEVERITY = Severity.ERROR
SEED = "004 Best practice recommendations"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for record in network.record_files:
        path = PurePosixPath(record.doc.file)
        if path.stem != record.code:
            yield Finding(record.doc, ("code",), f"`{record.code}` is in {path.name}",
                          f"rename the file to {path.parent}/{record.code}.yaml")
