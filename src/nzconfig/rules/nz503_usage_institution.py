"""Each usage report is a member's, by its COUNTER institution identifier.

Policy: usage is attributed through the report header's Institution_ID, which must be one
of the member's `counter_ids` in institutions/CODE.yaml. `nzconfig usage import` refuses a
report for an institution that is no member (at its Institution_ID); this rule checks that
each imported report's member still exists and still lists the identifier the report was
attributed by, and that no identifier is listed by two members (a report with it could be
either's; namespaces compare regardless of case, ISNIs regardless of spaces and hyphens).

Failing example: a report imported for `AAA` by `ISNI:0000000000000011`, and
institutions/AAA.yaml without that identifier in `counter_ids`.

Passing: `counter_ids: ["ISNI:0000000000000011"]` in institutions/AAA.yaml.

Fix: add the identifier to the member's `counter_ids`, or import the right member's report.
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

ID = catalog.USAGE_INSTITUTION
FIXED = False
NAME = "usage-institution"
TITLE = "Each usage report is a member's, by its COUNTER institution identifier"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return usage_findings(network, ID, finding)


def finding(problem: Problem) -> Finding:
    """The finding on one of the usage problems this rule reports."""
    from nzconfig.domain.counter import problems as p

    match problem:
        case p.SharedIdentifier(member=code, index=index, identifier=identifier, first=first):
            return Finding(problem.doc, ("counter_ids", index), f"`{identifier}` is also "
                           f"`{first}`'s: a report with it cannot be attributed to one member",
                           "each COUNTER identifier belongs to one member", member=code)
        case p.NotMember(fiscal_year=fy, report=report):
            return Finding(problem.doc, ("usage_imports", fy, "reports", report.index,
                                         "member"), f"`{report.member}` is no member "
                           f"institution (no institutions/{report.member}.yaml)",
                           member=report.member)
        case p.IdentifierNotListed(fiscal_year=fy, report=report):
            return Finding(problem.doc, ("usage_imports", fy, "reports", report.index,
                                         "institution"), "the report's Institution_ID "
                           f"`{report.institution}` is not among `{report.member}`'s "
                           f"counter_ids", f"add it to institutions/{report.member}.yaml "
                           "`counter_ids`, or import the right member's report",
                           member=report.member)
    raise TypeError(f"not an {ID} problem: {problem!r}")
