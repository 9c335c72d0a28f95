"""Imported usage figures match their reports.

Policy: the split of an invoice must be traceable to the reports it came from (issue 15).
`nzconfig usage import` writes each member's figure under `usage` and, under
`usage_imports`, the reports it summed with each report's part (`usage`), its file's
SHA-256, type, release, period and creation date. A figure that no longer equals the sum of
its reports' parts was edited after the import; a figure without a report was added by hand
to an imported year.

Failing example: `usage: {"2023": {AAA: 1200}}` where AAA's imported reports give 1000.

Passing: the figures as imported.

Fix: import the reports again rather than editing the figures (an import of the same files
changes no byte).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core import catalog
from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding
from nzconfig.rules.shared import usage_findings

ID = catalog.USAGE_PROVENANCE
FIXED = False
NAME = "usage-provenance"
TITLE = "Imported usage figures match their reports"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return usage_findings(network, ID)
