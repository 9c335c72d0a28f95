"""A licence records only terms of the vocabulary.

Policy: the terms a licence records are the ids in policies/licence-terms.yaml ``terms``
(seed 004 Appendix B's recommended terms, plus any the consortium adds). An unknown id
would be silently left out of every check and of the mapping to Alma, so it is an error;
the hint names the nearest id, or the id that an Alma code (``REMOTE``) corresponds to.
Without the policy file the rule does not run. Seed: 004, Appendix B.

Fix: use the id from the hint, or add the term to policies/licence-terms.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.core.wording import did_you_mean
from nzconfig.domain.licence_terms import vocabulary
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ226"
FIXED = False
NAME = "licence-term-known"
TITLE = "Licence terms are in the vocabulary"
SEVERITY = Severity.ERROR
SEED = "004 Appendix B, List of recommended license terms"
PARAMS: Mapping[str, Any] = {}
POLICY = (("policies/licence-terms.yaml", "terms", "the licence-term vocabulary"),)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    vocab = vocabulary(network)
    if vocab is None:
        return
    alma = vocab.by_alma_code()
    for licence in network.licences.values():
        for term in licence.data.get("terms") or {}:
            if term in vocab.terms:
                continue
            if term.upper() in alma:
                hint = f"`{term}` is Alma's code; the term id is `{alma[term.upper()]}`"
            else:
                hint = did_you_mean(term, vocab.terms) or (
                    "known terms: " + ", ".join(sorted(vocab.terms)))
            yield Finding(licence.doc, ("terms", term), f"unknown licence term `{term}`",
                          hint, at_key=True)
