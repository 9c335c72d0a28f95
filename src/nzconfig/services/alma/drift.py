"""``nzconfig drift``: the repository against live Alma, each difference a finding (read-only)."""

from __future__ import annotations

from pathlib import Path


def drift(repo: Path, format_: str) -> tuple[str, int]:
    """The differences between ``repo`` and Alma's Network Zone as findings, waivable in
    policies/waivers.yaml, reported in ``format_`` with every key masked; the exit code."""
    from nzconfig import report
    from nzconfig.core import isodate
    from nzconfig.core.catalog import DRIFT
    from nzconfig.core.diagnostics import exit_code, sort_diagnostics
    from nzconfig.engine import waivers
    from nzconfig.engine.validate import Outcome
    from nzconfig.rules import BY_ID
    from nzconfig.services.alma.compare import differences
    from nzconfig.services.alma.keys import scrub, scrubbed
    from nzconfig.services.alma.session import open_repository

    with scrubbed():
        session = open_repository(repo)
        snapshot = session.snapshot()
        found = [d.diagnostic() for d in differences(session.network, snapshot)]
        kept, waived = waivers.apply(session.network.policies.get("waivers"), found,
                                     {*BY_ID, *DRIFT}, isodate.today(), scope=DRIFT)
        outcome = Outcome(session.network, sort_diagnostics(kept), session.files, {},
                          sort_diagnostics(waived))
        return scrub(report.get(format_)(outcome)), exit_code(outcome.diagnostics)
