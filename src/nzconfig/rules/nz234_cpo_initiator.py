"""The Cash Posting Order for an NZ Opt-in payment is initiated by the party the policy names.

Policy: a library pays the central office for an Opt-in resource "via Cash Posting Order
(CPO)", and "The campus department receiving the funds is the one who initiates the CPO
request and submits the form to their campus Accounting Office". policies/acquisitions.yaml
records this as ``cash_posting_order: {initiated_by: receiver}`` (the seed says the process
"may change in the future": ``payer`` is the other value). Under NZ Opt-in the receiver is
the central office (``central_office_vendor``) and the payer the member, so a licence's
``negotiation`` entry that records ``cpo_initiated_by`` names that party (without both
policy values nothing is checked). Seed: 004,
introduction (the CPO).

Failing example (``initiated_by: receiver``, ``central_office_vendor: SDLC/CO``)::

    negotiation:
      CAMPUSA: {price: 4200, cpo_initiated_by: CAMPUSA}

Passing: ``cpo_initiated_by: SDLC/CO``.

Fix: record who really initiated it; if the process changed, change the policy.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ234"
FIXED = False
NAME = "cpo-initiator"
TITLE = "Cash Posting Orders are initiated by the party the policy names"
SEVERITY = Severity.ERROR
SEED = "004 introduction, Cash Posting Order"
PARAMS: Mapping[str, Any] = {}
POLICY = (("policies/acquisitions.yaml", "cash_posting_order.initiated_by",
           "receiver (the seed's rule) or payer"),
          ("policies/acquisitions.yaml", "central_office_vendor",
           "the central office, which receives NZ Opt-in payments"))


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    policy = network.policy("acquisitions")
    rule = (policy.get("cash_posting_order") or {}).get("initiated_by")
    office = policy.get("central_office_vendor")
    if rule is None or office is None:
        return
    for licence in network.licences.values():
        for code, entry in (licence.data.get("negotiation") or {}).items():
            given = (entry or {}).get("cpo_initiated_by")
            expected = office if rule == "receiver" else code
            if given is not None and given != expected:
                who = ("the central office, which receives the funds" if rule == "receiver"
                       else "the member, which pays")
                yield Finding(licence.doc, ("negotiation", code, "cpo_initiated_by"),
                              f"the CPO for `{code}` is initiated by {who} "
                              f"(`{expected}`), not `{given}`",
                              "policies/acquisitions.yaml cash_posting_order.initiated_by: "
                              f"{rule}", member=code)
