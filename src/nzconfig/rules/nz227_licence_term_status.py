"""Each licence term has a usage status from the ONIX-PL vocabulary.

Policy: a recorded term's ``status`` is one of policies/licence-terms.yaml
``usage_statuses``: ONIX-PL's Permitted, Prohibited, InterpretedAsPermitted,
InterpretedAsProhibited, SilentUninterpreted, NotApplicable (seed 004: "Refer to the
ONIX-PL documentation as a guide for standard license fields"). Written exactly as listed;
the hint names the nearest value (``permitted`` -> ``Permitted``). Seed: 004, Appendix B.

Fix: write the value from the hint; put qualifications in the term's ``note``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.core.wording import did_you_mean
from nzconfig.domain.licence_terms import vocabulary
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ227"
FIXED = False
NAME = "licence-term-status"
TITLE = "Licence terms have an ONIX-PL usage status"
SEVERITY = Severity.ERROR
SEED = "004 Appendix B (ONIX-PL usage status)"
PARAMS: Mapping[str, Any] = {}
POLICY = (("policies/licence-terms.yaml", "usage_statuses", "the allowed usage statuses"),)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    vocab = vocabulary(network)
    if vocab is None:
        return
    for licence in network.licences.values():
        for term, recorded in (licence.data.get("terms") or {}).items():
            status = recorded.get("status") if isinstance(recorded, dict) else None
            if not isinstance(status, str) or status in vocab.statuses:
                continue
            yield Finding(licence.doc, ("terms", term, "status"),
                          f"`{status}` is not a usage status",
                          did_you_mean(status, vocab.statuses, cutoff=0.5)
                          or "one of: " + ", ".join(vocab.statuses))
