"""The cost file's usage metric names a COUNTER metric type.

Policy: the metric of imported usage comes from the resource's `usage_metric` through
policies/usage.yaml `metrics` (seed 003: "For ebooks, usage means Book & Chapter
Downloads", which is COUNTER R5's Unique_Title_Requests: a book counted once per session
whether downloaded whole or chapter by chapter). A `usage_metric` with no mapping cannot be
imported, and usage imported as another metric than the mapping now gives is not the
resource's usage.

Failing example: `usage_metric: Downloads` with usage imported and no `Downloads:` entry in
policies/usage.yaml `metrics`.

Passing: `usage_metric: Book & Chapter Downloads` (mapped by default), or a COUNTER
Metric_Type itself (`usage_metric: Unique_Item_Requests`).

Fix: map the metric in policies/usage.yaml, then import the reports again.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from nzconfig.core import catalog
from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding
from nzconfig.rules.shared import usage_findings

if TYPE_CHECKING:
    from nzconfig.domain.counter.problems import Problem

ID = catalog.USAGE_METRIC
FIXED = False
NAME = "usage-metric"
TITLE = "The cost file's usage metric names a COUNTER metric type"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}

POLICY = (
    ("policies/usage.yaml", "metrics", "usage_metric -> COUNTER Metric_Type"),
)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return usage_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the usage problems this rule reports."""
    from nzconfig.domain.counter import problems as p

    match problem:
        case p.UnmappedMetric(usage_metric=name):
            return Finding(problem.doc, ("usage_metric",), f"`{name}` has no COUNTER "
                           "Metric_Type: the imported usage cannot be checked against it",
                           "map it in policies/usage.yaml `metrics` (e.g. `Book & Chapter "
                           "Downloads: Unique_Title_Requests`)")
        case p.OtherMetric(fiscal_year=fy, usage_metric=name, metric=metric, imported=imported):
            return Finding(problem.doc, ("usage_imports", fy, "metric"), f"the {fy} usage "
                           f"counts {imported}, but `{name}` is {metric} in "
                           "policies/usage.yaml", "import the reports again")
    raise TypeError(f"not an {ID} problem: {problem!r}")
