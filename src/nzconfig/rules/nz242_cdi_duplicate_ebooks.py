"""Duplicate e-book results are fixed with the CDI settings the policy gives.

Policy: seed 003's "Duplicate results for e-books appearing in Primo (if using a blended
search scope)": when Primo shows two results for one activated title (a record from Alma
and one from CDI), "Mark the 'do not show as full text' checkbox" and, as "Good
practice", select "No" next to "CDI Search activation status" (at the cost of book-chapter
results). A collection with that problem says so with ``duplicate_ebook_results`` (``true``
for every member, or the list of members whose Primo shows duplicates), and those members'
effective CDI settings (the matrix row for the collection's linking, then the member's
``cdi`` override) must be the settings policies/cdi-matrix.yaml gives under
``duplicate_ebooks: settings``. The shipped fix: do-not-show checked, search activation No.
A member listed who is not in ``members`` is an error too. Since the fix departs from the
matrix, each override needs its ``reason`` (rule NZ201). Without ``duplicate_ebooks`` in
policies/cdi-matrix.yaml there is no fix to check against. Seed: 003, "CDI Best Practices
and Recommendations", "Additional aspects to consider".

Failing example (book, link resolver: the matrix row has search activation = Active)::

    linking: {level: book, method: link_resolver}
    members: [AAA]
    duplicate_ebook_results: true

Passing: the same with ``cdi: {AAA: {cdi_search_activation_status: false, reason:
duplicate e-book results in Primo}}``.

Fix: add the settings to the member's ``cdi`` override with the reason, or remove the
member from ``duplicate_ebook_results`` once Primo no longer shows duplicates.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.domain import cdi
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ242"
FIXED = False
NAME = "cdi-duplicate-ebooks"
TITLE = "Collections with duplicate e-book results have the fix's CDI settings"
SEVERITY = Severity.ERROR
SEED = "003 CDI Best Practices and Recommendations, duplicate results for e-books"
PARAMS: Mapping[str, Any] = {}
POLICY = (("policies/cdi-matrix.yaml", "duplicate_ebooks.settings",
           "the CDI settings that fix duplicate e-book results"),)


def _yes(value: Any) -> str:
    return "Yes" if value else "No"


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    fix: Mapping[str, bool] = (
        network.policy("cdi-matrix").get("duplicate_ebooks") or {}).get("settings") or {}
    if not fix:
        return
    for collection in network.collections:
        flagged = collection.data.get("duplicate_ebook_results")
        if not flagged:
            continue
        members = set(collection.members)
        listed = collection.members if flagged is True else list(flagged)
        for index, code in enumerate(listed):
            where = ("duplicate_ebook_results",) if flagged is True else (
                "duplicate_ebook_results", index)
            if code not in members:
                yield Finding(collection.doc, where, f"`{code}` is not in `members`",
                              f"remove it here, or add `{code}` to `members`",
                              collection=collection.name, member=code)
                continue
            effective = cdi.effective(network, collection, code)
            wrong = [f"\"{cdi.LABELS[name]}\" must be {_yes(value)}"
                     + (f" (is {_yes(effective[name].value)})" if name in effective
                        else " (not recorded)")
                     for name, value in fix.items()
                     if name not in effective or effective[name].value != value]
            if wrong:
                yield Finding(collection.doc, where,
                              f"duplicate e-book results for `{code}`: " + "; ".join(wrong),
                              f"add the settings under `cdi: {code}:` with `reason:` "
                              "(policies/cdi-matrix.yaml duplicate_ebooks)",
                              at_key=flagged is True, collection=collection.name, member=code)
