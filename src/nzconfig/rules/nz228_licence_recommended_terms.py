"""A licence records every recommended term (warning).

Policy: seed 004 Appendix B lists the terms SDLC agreements address: copyright act,
accessibility, authorized users, remote access, printing/downloading, course packs and
e-reserve, interlibrary loan, linking, perpetual access (archive and e-books),
post-cancellation access, intellectual property, simultaneous users. Every licence
records each term marked ``recommended: true`` in policies/licence-terms.yaml, with
``SilentUninterpreted`` or ``NotApplicable`` where the agreement says nothing or the term
does not apply, so that a missing term means "not yet read", never "silent". One finding
per licence lists the missing terms. Seed: 004, Appendix B.

Fix: read the agreement and record the missing terms.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.domain.licence_terms import vocabulary
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ228"
FIXED = False
NAME = "licence-recommended-terms"
TITLE = "Licences record every recommended term"
SEVERITY = Severity.WARNING
SEED = "004 Appendix B, List of recommended license terms"
PARAMS: Mapping[str, Any] = {}
POLICY = (("policies/licence-terms.yaml", "terms.*.recommended", "the recommended terms"),)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    vocab = vocabulary(network)
    if vocab is None:
        return
    for licence in network.licences.values():
        recorded = licence.data.get("terms") or {}
        missing = [term for term in vocab.recommended if term not in recorded]
        if missing:
            where = ("terms",) if "terms" in licence.data else ("code",)
            yield Finding(licence.doc, where,
                          f"licence does not record {len(missing)} recommended term(s): "
                          + ", ".join(missing),
                          "record each with a usage status (SilentUninterpreted where the "
                          "agreement is silent)", at_key=True)
