"""The collections a cost file covers exist, and their members are the resource's participants.

Policy: the members who pay for a shared resource are the members who get access to it in
the NZ collection's Group Settings. A cost file may list the NZ collections it pays for
(`collections`, by exact name); each must exist, and its `members` should be the
participants of the cost file's most recent fiscal year: the message names who pays without
access and who has access without paying. Seed: 003, "CCC Shared Cost Formula Philosophy"
and the "Shared Electronic Collections" table.
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Fix: correct the collection name, or bring the collection's members and the cost year's
members into line.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core import catalog
from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding
from nzconfig.rules.cost_findings import cost_findings

ID = catalog.COST_COLLECTIONS
NAME = "cost-collections"
TITLE = "A cost file's collections exist and their members are its participants"
SEVERITY = Severity.WARNING
SEED = "003 CCC Shared Cost Formula Philosophy; 003 Shared Electronic Collections table"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return cost_findings(network, ID)
