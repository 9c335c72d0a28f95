"""Waivers (policies/waivers.yaml): accepted exceptions to rules, each with a reason and expiry.

A waiver names a rule and, optionally, the collection, member and file it covers; every key
it gives must match a finding for the waiver to take it. A waived finding is set apart (and
counted in the summary), not reported as a finding. A waiver is in force up to and including
its `expires` date; after that it waives nothing and is itself an error, so that exceptions
are reviewed instead of forgotten. A waiver that takes no finding is a warning: the problem
it excused is gone, or the waiver is mistyped.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from difflib import get_close_matches

from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.errors import FatalError
from nzconfig.loading.loader import Document

EXPIRED = "NZ901"
UNUSED = "NZ902"
NOT_WAIVABLE = "NZ903"
BAD_DATE = "NZ904"
NO_REASON = "NZ022"
TOO_DISTANT = "NZ023"
# A waiver is for a while: one that expires later than this is a permanent exception in
# disguise (`expires: 9999-12-31`); the rule's configuration is the place for that.
MAX_YEARS = 3
TODAY_VARIABLE = "NZCONFIG_TODAY"
TARGETS = ("collection", "member", "file")


@dataclass(frozen=True, slots=True)
class Waiver:
    index: int
    rule: str
    targets: tuple[tuple[str, str], ...]  # (key, value) pairs a finding must match
    expires: date

    def matches(self, d: Diagnostic) -> bool:
        return all(getattr(d, key) == value for key, value in self.targets)


def today() -> date:
    """Today, or the date in $NZCONFIG_TODAY (YYYY-MM-DD), so that runs can be reproduced."""
    text = os.environ.get(TODAY_VARIABLE)
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise FatalError(f"{TODAY_VARIABLE}={text!r} is not a date (YYYY-MM-DD)") from None


def apply(doc: Document | None, diagnostics: Iterable[Diagnostic], waivable: Iterable[str],
          on: date) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """Split ``diagnostics`` into (kept, waived); kept includes the waivers' own findings."""
    found = list(diagnostics)
    if doc is None:
        return found, []
    rules = set(waivable)
    problems: list[Diagnostic] = []
    active: dict[str, list[Waiver]] = {}
    for waiver in _read(doc, rules, problems, on):
        if waiver.expires < on:
            problems.append(doc.diagnostic(
                EXPIRED, Severity.ERROR, ("waivers", waiver.index),
                f"the waiver of {waiver.rule} expired on {waiver.expires.isoformat()}",
                "fix what it excused, or renew it with a new `expires` date and reason"))
        else:
            active.setdefault(waiver.rule, []).append(waiver)
    used: set[int] = set()
    kept: list[Diagnostic] = []
    waived: list[Diagnostic] = []
    for d in found:
        taker = next((w for w in active.get(d.rule, ()) if w.matches(d)), None)
        if taker is None:
            kept.append(d)
        else:
            used.add(taker.index)
            waived.append(d)
    for waiver in (w for ws in active.values() for w in ws if w.index not in used):
        problems.append(doc.diagnostic(
            UNUSED, Severity.WARNING, ("waivers", waiver.index),
            f"the waiver of {waiver.rule} matches no finding",
            "remove it if the problem is fixed; otherwise check its rule and targets"))
    return kept + problems, waived


def _read(doc: Document, rules: set[str], problems: list[Diagnostic],
          on: date) -> list[Waiver]:
    from nzconfig.rules import BY_ID  # here: rules import this module (NZ216 dates)

    result = []
    for index, entry in enumerate(doc.data.get("waivers") or []):
        if not str(entry.get("reason", "")).strip():
            problems.append(doc.diagnostic(
                NO_REASON, Severity.ERROR, ("waivers", index, "reason"),
                "the waiver gives no reason; it waives nothing",
                "say why the consortium accepts the finding for now"))
            continue
        rule = entry["rule"]
        if rule not in rules and rule in BY_ID:
            problems.append(doc.diagnostic(
                NOT_WAIVABLE, Severity.ERROR, ("waivers", index, "rule"),
                f"{rule} guards the repository's integrity and cannot be waived",
                "fix what it reports"))
            continue
        if rule not in rules:
            close = get_close_matches(rule, sorted(rules), n=1)
            problems.append(doc.diagnostic(
                NOT_WAIVABLE, Severity.ERROR, ("waivers", index, "rule"),
                f"`{rule}` is not a rule that can be waived",
                f"did you mean `{close[0]}`?" if close else
                "loading and schema checks (NZ0xx, NZ1xx) cannot be waived; "
                "`nzconfig rules` lists the rules"))
            continue
        try:
            expires = date.fromisoformat(entry["expires"])
        except ValueError:
            problems.append(doc.diagnostic(
                BAD_DATE, Severity.ERROR, ("waivers", index, "expires"),
                f"`{entry['expires']}` is not a date", "write the expiry date as YYYY-MM-DD"))
            continue
        latest = on.replace(year=on.year + MAX_YEARS, day=28 if on.month == 2 else on.day)
        if expires > latest:
            problems.append(doc.diagnostic(
                TOO_DISTANT, Severity.ERROR, ("waivers", index, "expires"),
                f"the waiver expires on {expires.isoformat()}, more than {MAX_YEARS} years "
                "ahead; it waives nothing",
                f"give a date by {latest.isoformat()} and review the waiver then; to turn a "
                "rule off for good, use policies/rules.yaml"))
            continue
        targets = tuple((key, entry[key]) for key in TARGETS if key in entry)
        result.append(Waiver(index, rule, targets, expires))
    return result
