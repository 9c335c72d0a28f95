"""The cost rules' findings on the resources `nzconfig cost` reports, as errors in the
formula's order: what it shows when the shares cannot be computed and the validation run has
no error on those files to show (a cost rule switched off in policies/rules.yaml)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.domain.costs.analysis import Computed
from nzconfig.domain.costs.problems import Problem
from nzconfig.loading.model import Network
from nzconfig.rules import (
    nz301_cost_members,
    nz302_cost_fte,
    nz303_cost_usage,
    nz304_cost_surrogate,
    nz305_cost_pay_to_play_total,
    nz306_cost_pay_to_play_cap,
    nz307_cost_zero_usage,
    nz309_cost_amounts,
)
from nzconfig.rules.base import Finding

WORDING: dict[str, Callable[[Problem], Finding]] = {rule.ID: rule.finding for rule in (
    nz301_cost_members, nz302_cost_fte, nz303_cost_usage, nz304_cost_surrogate,
    nz305_cost_pay_to_play_total, nz307_cost_zero_usage, nz309_cost_amounts)}


def explain(network: Network, computed: Sequence[Computed]) -> list[Diagnostic]:
    cap = nz306_cost_pay_to_play_cap
    limit = cap.cap(network)
    found: list[tuple[str, Finding]] = []
    for c in computed:
        found += [(p.rule, WORDING[p.rule](p)) for p in c.problems]
        if c.shares is not None:
            found += [(cap.ID, f) for f in cap.over_cap(c.shares, limit)]
    return [f.doc.diagnostic(rule, Severity.ERROR, f.path, f.message, f.hint, at_key=f.at_key)
            for rule, f in found]
