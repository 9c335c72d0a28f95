"""Say where the CDI matrix and the general CDI advice disagree (notice).

Policy: seed 003 gives CDI settings twice. Its "CDI Best Practices and Recommendations"
advise, for "Do not show as Full Text available in CDI even if active in Alma":
"Recommendation: Checkbox should be left unchecked"; its "Configuration of CDI Settings for
Shared Electronic Collections" ("Current WRLC NZ settings") check that box for the Book or
Journal rows. nzconfig follows the matrix (rule NZ201), and says so: policies/cdi-matrix.yaml
records the general advice under ``advice`` (setting -> ``value`` and ``source``), and each
matrix row that sets a different value is a notice at that row, naming both passages, until
the consortium settles it by writing why the matrix prevails (``matrix_prevails``). The
matrix's own ``source`` names its passage::

    source: seed 003, Configuration of CDI Settings for Shared Electronic Collections
    advice:
      do_not_show_as_full_text_available_in_cdi_even_if_active_in_alma:
        value: false
        source: seed 003, CDI Best Practices and Recommendations
        matrix_prevails: the matrix is the newer, per-linking decision  # settles it

Seed: 003, "CDI Best Practices and Recommendations" and "Configuration of CDI Settings for
Shared Electronic Collections".

Fix: decide which the consortium means: correct the matrix row or the advice, or add
``matrix_prevails:`` with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.domain import cdi
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ241"
FIXED = False
NAME = "cdi-advice-conflict"
TITLE = "Where the CDI matrix departs from the general CDI advice, say so"
SEVERITY = Severity.NOTICE
SEED = "003 CDI Best Practices and Recommendations; Configuration of CDI Settings"
PARAMS: Mapping[str, Any] = {}
POLICY = (("policies/cdi-matrix.yaml", "advice", "the general advice for each CDI setting"),)


def _yes(value: Any) -> str:
    return "Yes" if value else "No"


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    doc = network.policies.get("cdi-matrix")
    if doc is None:
        return
    advice: Mapping[str, Any] = doc.data.get("advice") or {}
    matrix = f"({doc.data['source']}) " if doc.data.get("source") else ""
    for row in cdi.matrix(network):
        for name, value in row.settings.items():
            advised = advice.get(name)
            if advised is None or advised.get("matrix_prevails") or advised["value"] == value:
                continue
            yield Finding(doc, ("rows", row.index, "settings", name),
                          f"matrix row `{row.id}` {matrix}sets \"{cdi.LABELS[name]}\" = "
                          f"{_yes(value)}; the general advice ({advised['source']}) says "
                          f"{_yes(advised['value'])}. nzconfig follows the matrix",
                          "settle it: correct the row or the advice, or add `matrix_prevails: "
                          f"<why>` under `advice: {name}:`")
