"""The licence-term vocabulary (policies/licence-terms.yaml) and a licence's terms in Alma's
codes, so that a licence can be checked against, or loaded into, Alma."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from nzconfig.core.catalog import BAD_POLICY
from nzconfig.core.diagnostics import Severity
from nzconfig.core.errors import FatalError
from nzconfig.loading.model import Network


@dataclass(frozen=True, slots=True)
class Vocabulary:
    statuses: tuple[str, ...]
    terms: Mapping[str, Mapping[str, Any]]
    alma_values: Mapping[str, Mapping[str, str]]

    @property
    def recommended(self) -> list[str]:
        return [term for term, spec in self.terms.items() if spec.get("recommended")]

    def by_alma_code(self) -> dict[str, str]:
        """Alma code -> term id, for hints when a licence uses Alma's code as the key."""
        return {code: term for term, spec in self.terms.items()
                for code in (spec.get("alma") or {}).get("codes", [])}


def vocabulary(network: Network) -> Vocabulary | None:
    """The vocabulary, or None without the policy file; FatalError if it names an
    ``alma.values`` table that ``alma_values`` does not define (the mapping cannot work)."""
    policy = network.policy("licence-terms")
    if not policy:
        return None
    tables = {"text", *(policy.get("alma_values") or {})}
    doc = network.policies["licence-terms"]
    bad = [doc.diagnostic(BAD_POLICY, Severity.ERROR, ("terms", term, "alma", "values"),
                          f"`{spec['alma']['values']}` is not a table of `alma_values`",
                          "one of: " + ", ".join(sorted(tables)))
           for term, spec in policy["terms"].items()
           if spec.get("alma") and spec["alma"]["values"] not in tables]
    if bad:
        raise FatalError("policies/licence-terms.yaml maps terms to unknown value tables", bad)
    return Vocabulary(tuple(policy["usage_statuses"]), policy["terms"],
                      policy.get("alma_values") or {})


def alma_terms(vocab: Vocabulary, terms: Mapping[str, Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(Alma code, Alma value) for each recorded term that maps; sorted by code.

    Terms without an Alma code, and statuses with no Alma value, are left out: they are
    kept in the repository and checked by hand.
    """
    result: dict[str, str] = {}
    for term, recorded in terms.items():
        alma = (vocab.terms.get(term) or {}).get("alma")
        if not alma or not isinstance(recorded, Mapping):
            continue
        if alma["values"] == "text":
            value = recorded.get("note")
        else:
            value = (vocab.alma_values.get(alma["values"]) or {}).get(str(recorded.get("status")))
        if value is None:
            continue
        for code in alma["codes"]:
            result[code] = str(value)
    return sorted(result.items())
