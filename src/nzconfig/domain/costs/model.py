"""The cost data as typed values: policies/costs.yaml and the files in costs/.

The schema has already checked shapes; here amounts become exact ``Fraction``s (never
floats) and fiscal-year keys stay the text they are written as.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import PurePosixPath
from typing import Any

from nzconfig.loading.loader import Document, Path_
from nzconfig.loading.model import Network

# The seed's value: "an average of the most recent three years".
DEFAULT_FTE_YEARS = 3
DEFAULT_USAGE_YEARS = 3


def exact(value: Any) -> Fraction:
    """An amount or count as written (text, integer or the loader's Decimal), exactly."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, str):
        return Fraction(Decimal(value))
    return Fraction(value)


def exact_count(value: Any) -> Fraction | int:
    """A usage figure exactly: a whole number stays the int it was read as (a wide
    consortium has hundreds of thousands of figures; a Fraction each was 19 MB at 20,000 x
    300), anything else is read as ``exact`` reads it."""
    return value if type(value) is int else exact(value)


@dataclass(frozen=True, slots=True)
class Policy:
    """What the formula takes from policies/costs.yaml (the cap is NZ306's, not the formula's)."""

    fte_years: int = DEFAULT_FTE_YEARS
    usage_years: int = DEFAULT_USAGE_YEARS
    multiplier: Fraction | None = None
    doc: Document | None = None


def policy(network: Network) -> Policy:
    doc = network.policies.get("costs")
    data = doc.data if doc is not None else {}
    multiplier = data.get("multiplier")
    return Policy(
        fte_years=int(data.get("fte_years", DEFAULT_FTE_YEARS)),
        usage_years=int(data.get("usage_years", DEFAULT_USAGE_YEARS)),
        multiplier=None if multiplier is None else exact(multiplier),
        doc=doc,
    )


@dataclass(frozen=True, slots=True)
class CostYear:
    fiscal_year: str
    invoice: Fraction
    multiplier: Fraction | None  # None: the policy's
    members: tuple[str, ...]
    surrogate: str | None
    fte_as_of: str  # the fiscal year FTE is averaged as of: the contract's first year

    @property
    def path(self) -> Path_:
        return ("years", self.fiscal_year)


@dataclass(frozen=True, slots=True)
class Resource:
    id: str  # the file name without .yaml: what `nzconfig cost` and `surrogate` name
    doc: Document
    name: str
    currency: str
    usage_metric: str
    collections: tuple[str, ...]
    paid_by: str | None
    recovery_method: str | None
    years: dict[str, CostYear]
    usage: dict[str, dict[str, Fraction | int]]  # fiscal year -> member -> usage

    @property
    def file(self) -> str:
        return self.doc.file

    def latest_year(self) -> str:
        return max(self.years)

    def usage_years_before(self, fiscal_year: str, count: int) -> list[str]:
        """The most recent ``count`` usage years before ``fiscal_year``, oldest first."""
        return sorted(y for y in self.usage if y < fiscal_year)[-count:]

    def year_at_or_before(self, fiscal_year: str) -> CostYear | None:
        earlier = [y for y in self.years if y <= fiscal_year]
        return self.years[max(earlier)] if earlier else None


def resource(doc: Document) -> Resource:
    data = doc.data
    recovery = data.get("cost_recovery") or {}
    years = {
        fy: CostYear(
            fiscal_year=fy,
            invoice=exact(entry["invoice"]),
            multiplier=None if entry.get("multiplier") is None else exact(entry["multiplier"]),
            members=tuple(entry["members"]),
            surrogate=entry.get("surrogate"),
            fte_as_of=str(entry.get("fte_as_of") or fy),
        )
        for fy, entry in data["years"].items()
    }
    usage = {fy: {code: exact_count(n) for code, n in (counts or {}).items()}
             for fy, counts in (data.get("usage") or {}).items()}
    return Resource(
        id=PurePosixPath(doc.file).name.rsplit(".", 1)[0],
        doc=doc,
        name=str(data["name"]),
        currency=str(data["currency"]),
        usage_metric=str(data.get("usage_metric") or "Usage"),
        collections=tuple(data.get("collections") or ()),
        paid_by=recovery.get("paid_by"),
        recovery_method=recovery.get("method"),
        years=years,
        usage=usage,
    )


def resources(network: Network) -> dict[str, Resource]:
    """Every cost file that passed its schema, by id, in id order: built once per Network
    (the cost and usage rules, the analysis and the pages each ask)."""
    def build() -> dict[str, Resource]:
        found = (resource(doc) for doc in network.costs)
        return {r.id: r for r in sorted(found, key=lambda r: r.id)}

    return network.derived("cost-resources", build)
