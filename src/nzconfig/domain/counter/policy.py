"""policies/usage.yaml as typed values: the fiscal year's months and which COUNTER
Metric_Type each cost file's ``usage_metric`` counts.

Seed 003: "For ebooks, usage means Book & Chapter Downloads." COUNTER R4 counted those in
two reports (BR1, whole books; BR2, chapters and other sections), which cannot be added
without counting a book twice. R5 replaced both: Total_Item_Requests counts every
download, of a whole book or of a chapter, and Unique_Title_Requests counts a book once per
user session however many of its chapters were downloaded (Code of Practice 5.1, section
7.4: "comparable across report providers and across releases"). So the seed's figure is
Unique_Title_Requests. For journals the comparable count is Unique_Item_Requests (an
article once per session, whether viewed as HTML and downloaded as PDF).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nzconfig.domain.counter.model import months_between
from nzconfig.domain.counter.vocabulary import METRIC_TYPES
from nzconfig.loading.loader import Document
from nzconfig.loading.model import Network

# The seed's one usage metric; policies/usage.yaml adds others or replaces it.
DEFAULT_METRICS = {"Book & Chapter Downloads": "Unique_Title_Requests"}


@dataclass(frozen=True, slots=True)
class UsagePolicy:
    first_month: int = 1  # calendar years
    named_after: str = "end"
    metrics: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_METRICS))
    doc: Document | None = None

    def metric(self, usage_metric: str) -> str | None:
        """The COUNTER Metric_Type a cost file's ``usage_metric`` counts, or None."""
        if usage_metric in self.metrics:
            return self.metrics[usage_metric]
        return usage_metric if usage_metric in METRIC_TYPES else None

    def months(self, fiscal_year: str) -> tuple[str, ...]:
        """The twelve ``YYYY-MM`` months of fiscal year ``fiscal_year`` (e.g. "2024")."""
        year = int(fiscal_year)
        if self.first_month == 1:
            return months_between(f"{year:04d}-01", f"{year:04d}-12")
        start = year - 1 if self.named_after == "end" else year
        return months_between(f"{start:04d}-{self.first_month:02d}",
                              f"{start + 1:04d}-{self.first_month - 1:02d}")

    def fiscal_year(self, month: str) -> str:
        """The label of the fiscal year ``month`` (``YYYY-MM``) belongs to."""
        year, number = int(month[:4]), int(month[5:7])
        if self.first_month == 1:
            return f"{year:04d}"
        start = year if number >= self.first_month else year - 1
        return f"{start + 1 if self.named_after == 'end' else start:04d}"


def usage_policy(network: Network) -> UsagePolicy:
    doc = network.policies.get("usage")
    data = doc.data if doc is not None else {}
    year = data.get("fiscal_year") or {}
    metrics = dict(DEFAULT_METRICS)
    metrics.update({str(k): str(v) for k, v in (data.get("metrics") or {}).items()})
    return UsagePolicy(first_month=int(year.get("first_month", 1)),
                       named_after=str(year.get("named_after", "end")),
                       metrics=metrics, doc=doc)
