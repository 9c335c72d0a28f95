"""What the formula's cost rules (NZ301-NZ307, NZ309) share: one analysis, split by rule id.

The formula is computed once per Network (costs.analysis caches it); each rule module keeps
its own id, metadata and documentation and yields only its own problems.
"""

from __future__ import annotations

from collections.abc import Iterator

from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding


def cost_findings(network: Network, rule_id: str) -> Iterator[Finding]:
    if not network.costs:  # most runs: no cost files, and no need to import the formula
        return
    from nzconfig.domain.costs.analysis import problems

    for p in problems(network):
        if p.rule == rule_id:
            yield Finding(p.doc, p.path, p.message, p.hint, at_key=p.at_key, member=p.member)
