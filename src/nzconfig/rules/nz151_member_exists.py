"""Every member code in a collection is an institution of the consortium.

Policy: access to a shared collection is granted per Institution Zone in the collection's
Group Settings; a code that matches no file in ``institutions/`` grants access to nobody
and hides the member that was meant. Seed: 003, "Shared Electronic Collections" table.

Fix: correct the code (the hint names the nearest real code; ``nzconfig member rename OLD
NEW`` corrects it in every file), add the institution's file to ``institutions/``, or, for
a member that left, ``nzconfig member remove CODE`` (every file that names it).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.core.wording import did_you_mean, nearest
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ151"
FIXED = False
NAME = "member-exists"
TITLE = "Member codes name institutions of the consortium"
SEVERITY = Severity.ERROR
SEED = "003 Shared Electronic Collections table"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    known = network.known_codes()
    choices = sorted(known)
    for collection in network.collections:
        for index, code in enumerate(collection.members):
            if code in known:
                continue
            close = nearest(code, choices)
            fix = (f"`nzconfig member rename {code} {close}` if it is `{close}`" if close
                   else f"`nzconfig member remove {code}` if it has left the consortium")
            yield Finding(
                collection.doc, ("members", index),
                f"`{code}` is not a member institution (no institutions/{code}.yaml): add its "
                f"file, or fix every collection naming it with {fix}",
                did_you_mean(code, choices) or "known members: " + ", ".join(choices),
                collection=collection.name, member=code,
            )
