"""What the usage rules NZ501-NZ508 share: one check of the cost files' `usage_imports`
(domain.counter.checks), split by rule id."""

from __future__ import annotations

from collections.abc import Iterator

from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding


def usage_findings(network: Network, rule_id: str) -> Iterator[Finding]:
    if not (any("usage_imports" in doc.data for doc in network.costs)
            or any("counter_ids" in i.data for i in network.institutions.values())):
        return  # most runs: no COUNTER data, and no need to import the checks
    from nzconfig.domain.counter.checks import problems

    for p in problems(network):
        if p.rule == rule_id:
            yield Finding(p.doc, p.path, p.message, p.hint, at_key=p.at_key, member=p.member)
