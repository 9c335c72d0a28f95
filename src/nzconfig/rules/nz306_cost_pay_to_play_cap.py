"""No member's pay-to-play reaches the policy's cap of its total contribution.

Policy: "The percentage of total cost charged to pay-to-play should not be excessive (e.g.,
no institution should be paying 90% of its total share just for the privilege of offering a
resource to its potential users)." A member whose pay-to-play is the cap or more,
`pay_to_play_cap` (a fraction; default 0.9) of its total contribution, gets a warning at its
entry in the cost year's members. Seed: 003, "CCC Shared Cost Formula Philosophy",
"Calculating Institution Contributions".
The cost files and the formula: docs/costs.md; the table: `nzconfig cost`.

Failing example (a 1,000.00 invoice, 100 FTE each at 0.10: AAA, with no usage, pays its
10.00 all as pay-to-play):

    usage:
      "2023": {AAA: 0, BBB: 10, CCC: 10}

Passing: `"2023": {AAA: 10, BBB: 10, CCC: 10}` (AAA pays 10.00 of its 333.34).

Fix: a lower FTE multiplier shifts the cost towards usage; or, where the committee accepts
the split, waive the finding in policies/waivers.yaml (by `member` and `file`) with its
reason.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from nzconfig.core import catalog
from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

if TYPE_CHECKING:
    from nzconfig.domain.costs.formula import Shares

ID = catalog.COST_CAP
FIXED = False
NAME = "cost-pay-to-play-cap"
TITLE = "No member pays the cap of its share or more as pay-to-play"
SEVERITY = Severity.WARNING
SEED = "003 CCC Shared Cost Formula Philosophy; Calculating Institution Contributions"
PARAMS: Mapping[str, Any] = {}

POLICY = (
    ("policies/costs.yaml", "pay_to_play_cap", "the largest share of a member's total that "
     "pay-to-play may be (default 0.9)"),
)


# Seed 003: "no institution should be paying 90% of its total share just for the privilege".
DEFAULT_CAP = Fraction(9, 10)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    if not network.costs:
        return
    from nzconfig.domain.costs.analysis import computable

    limit = cap(network)
    for shares in computable(network):
        yield from over_cap(shares, limit)


def cap(network: Network) -> Fraction:
    """policies/costs.yaml `pay_to_play_cap`, or the seed's 0.9."""
    from nzconfig.domain.costs.model import exact

    data = network.policy("costs")
    return exact(data["pay_to_play_cap"]) if "pay_to_play_cap" in data else DEFAULT_CAP


def over_cap(shares: Shares, limit: Fraction) -> Iterator[Finding]:
    """Each member of a resource's fiscal year whose pay-to-play is ``limit`` of its total or
    more: the cap itself is already too much (seed 003's "90%" is the example of excess)."""
    from nzconfig.domain.costs.figures import money, number, share_percent
    from nzconfig.domain.costs.formula import pay_share

    year = shares.year
    for member, pay, total in shares.payments():
        share = pay_share(pay, total)
        if share is not None and share >= limit:
            index = year.members.index(member)
            yield Finding(shares.resource.doc, (*year.path, "members", index),
                          f"`{member}` pays {money(pay)} of its "
                          f"{money(total)} ({year.fiscal_year}) as pay-to-play: "
                          f"{share_percent(share, limit)}, at or above the "
                          f"{number(limit * 100)}% cap",
                          "a lower FTE multiplier shifts the cost towards usage (seed 003: no "
                          "institution should pay most of its share just for the privilege)",
                          member=member)
