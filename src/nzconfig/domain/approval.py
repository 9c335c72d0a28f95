"""The open-access approval record (seed 003, "Shared Open Access E-Resource Collections
Workflow") as rules NZ210-NZ213 read it from a collection's ``approval`` mapping."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from nzconfig.loading.model import Collection, Network

# The dated steps, in the workflow's order: CCC receives the request (step 1), ERC approves
# (step 3), APAC decides to proceed (step 4), the NZ Manager activates (step 5).
DATED_STEPS = ("requested", "erc_approved", "apac_approved", "activated")
STEP_NAMES = {
    "requested": "CCC received the request (step 1)",
    "erc_approved": "ERC approved (step 3)",
    "apac_approved": "APAC decided to proceed (step 4)",
    "activated": "the NZ Manager activated it (step 5)",
}


def under_workflow(network: Network) -> Iterator[Collection]:
    """Active open-access collections: the ones the workflow governs."""
    for collection in network.collections:
        if collection.access_type == "open_access" and collection.active:
            yield collection


def record(collection: Collection) -> dict[str, Any] | None:
    """The approval record, or None when absent or when the collection is legacy (exempt)."""
    approval = collection.data.get("approval")
    if not isinstance(approval, dict) or approval.get("legacy") is True:
        return None
    return approval
