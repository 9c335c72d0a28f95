"""Why the formula cannot share out one resource's invoice for a fiscal year, as facts.

``compute`` stops at any of these and gives no shares; it neither words them nor decides
where a finding points: the cost rules do (NZ301-NZ305, NZ307, NZ309), each its own kinds.
``rule`` is the catalogue id of the rule that reports the kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import ClassVar

from nzconfig.core import catalog
from nzconfig.domain.costs.model import CostYear, Resource
from nzconfig.loading.loader import Document


@dataclass(frozen=True, slots=True)
class Problem:
    rule: ClassVar[str]
    resource: Resource
    fiscal_year: str

    @property
    def doc(self) -> Document:
        return self.resource.doc

    @property
    def year(self) -> CostYear:
        return self.resource.years[self.fiscal_year]


@dataclass(frozen=True, slots=True)
class InvoiceNotInCents(Problem):
    rule = catalog.COST_AMOUNTS


@dataclass(frozen=True, slots=True)
class NoMultiplier(Problem):
    """Neither the year nor policies/costs.yaml gives an FTE multiplier."""

    rule = catalog.COST_AMOUNTS


@dataclass(frozen=True, slots=True)
class FteAsOfLater(Problem):
    """The year's ``fte_as_of`` is later than the year itself."""

    rule = catalog.COST_FTE


@dataclass(frozen=True, slots=True)
class ListedTwice(Problem):
    rule = catalog.COST_MEMBERS
    index: int  # in the year's members
    code: str


@dataclass(frozen=True, slots=True)
class NotMember(Problem):
    """A participant with no institution file (one whose file broke its schema is not one)."""

    rule = catalog.COST_MEMBERS
    index: int
    code: str


@dataclass(frozen=True, slots=True)
class NoFte(Problem):
    rule = catalog.COST_FTE
    index: int
    code: str
    as_of: str  # the fiscal year FTE is averaged as of


@dataclass(frozen=True, slots=True)
class NoUsage(Problem):
    """No usage before the year and no surrogate."""

    rule = catalog.COST_USAGE


@dataclass(frozen=True, slots=True)
class UsageOfNoMember(Problem):
    """The resource's own usage has a figure for a code that is no institution."""

    rule = catalog.COST_USAGE
    usage_year: str
    code: str


@dataclass(frozen=True, slots=True)
class UsageMissing(Problem):
    """A usage year used has no figure for these participants (``source``: the resource
    itself or its surrogate)."""

    rule = catalog.COST_USAGE
    source: Resource
    usage_year: str
    missing: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SurrogateNotNeeded(Problem):
    """A surrogate named where the resource has usage of its own (``own``: those years)."""

    rule = catalog.COST_SURROGATE
    own: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SurrogateUnknown(Problem):
    """The surrogate is no other resource (``others``: the ids of those there are)."""

    rule = catalog.COST_SURROGATE
    others: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SurrogateWithoutUsage(Problem):
    rule = catalog.COST_SURROGATE
    surrogate: Resource


@dataclass(frozen=True, slots=True)
class SurrogateWithoutYear(Problem):
    """The surrogate has no fiscal year at or before this one: its members are unknown."""

    rule = catalog.COST_SURROGATE
    surrogate: Resource


@dataclass(frozen=True, slots=True)
class SurrogateMembers(Problem):
    """The surrogate's participants (in its year ``theirs``) are not the resource's."""

    rule = catalog.COST_SURROGATE
    surrogate: Resource
    theirs: CostYear


@dataclass(frozen=True, slots=True)
class OverInvoice(Problem):
    """Pay-to-play (``fte`` in total times ``multiplier``) is more than the invoice."""

    rule = catalog.COST_OVER_INVOICE
    fte: Fraction
    multiplier: Fraction
    pay_to_play: Fraction


@dataclass(frozen=True, slots=True)
class ZeroUsage(Problem):
    """The participants' usage (``source``'s, over ``usage_years``) adds up to zero."""

    rule = catalog.COST_ZERO_USAGE
    source: Resource
    usage_years: tuple[str, ...]
