"""Waivers (policies/waivers.yaml): accepted exceptions to rules, each with a reason and expiry.

A waiver names a rule and, optionally, the collection, member and file it covers; every key
it gives must match a finding for the waiver to take it. A waived finding is set apart (and
counted in the summary), not reported as a finding. A waiver is in force up to and including
its `expires` date; after that it waives nothing and is itself an error, so that exceptions
are reviewed instead of forgotten. A waiver that takes no finding is a warning: the problem
it excused is gone, or the waiver is mistyped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from nzconfig.core.catalog import WAIVER_BAD_DATE as BAD_DATE
from nzconfig.core.catalog import WAIVER_EXPIRED as EXPIRED
from nzconfig.core.catalog import WAIVER_NO_REASON as NO_REASON
from nzconfig.core.catalog import WAIVER_NOT_WAIVABLE as NOT_WAIVABLE
from nzconfig.core.catalog import WAIVER_TOO_DISTANT as TOO_DISTANT
from nzconfig.core.catalog import WAIVER_UNUSED as UNUSED
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.wording import did_you_mean, nearest
from nzconfig.loading.loader import Document

# A waiver is for a while: one that expires later than this is a permanent exception in
# disguise (`expires: 9999-12-31`); the rule's configuration is the place for that.
MAX_YEARS = 3
TARGETS = ("collection", "member", "file")


@dataclass(frozen=True, slots=True)
class Waiver:
    index: int
    rule: str
    targets: tuple[tuple[str, str], ...]  # (key, value) pairs a finding must match
    expires: date

    def matches(self, d: Diagnostic) -> bool:
        return all(getattr(d, key) == value for key, value in self.targets)


def apply(doc: Document | None, diagnostics: Iterable[Diagnostic], waivable: Iterable[str],
          on: date, scope: Iterable[str] | None = None,
          known: Mapping[str, Iterable[str]] | None = None,
          ) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """Split ``diagnostics`` into (kept, waived); kept includes the waivers' own findings.

    ``scope``, when given, is the rules this run checks: waivers of other waivable rules
    (drift's, in a validate run) are neither used nor reported as unused. ``known`` (target
    key -> the names in the repository: collections, members) lets an unused waiver whose
    target is misspelt suggest the name it probably means."""
    found = list(diagnostics)
    if doc is None:
        return found, []
    rules = set(waivable)
    in_scope = rules if scope is None else set(scope)
    problems: list[Diagnostic] = []
    active: dict[str, list[Waiver]] = {}
    for waiver in _read(doc, rules, problems, on):
        if waiver.rule not in in_scope:
            continue
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
            _misspelt(waiver, known or {}) or
            "remove it if the problem is fixed; otherwise check its rule and targets"))
    return kept + problems, waived


def _misspelt(waiver: Waiver, known: Mapping[str, Iterable[str]]) -> str:
    """A did-you-mean for a target that names nothing in the repository, or ""."""
    for key, value in waiver.targets:
        names = set(known.get(key, ()))
        if not names or value in names:
            continue
        close = nearest(value, sorted(names), cutoff=0.75)
        if close:
            return f"no {key} is named `{value}`: did you mean `{close}`?"
        return f"no {key} is named `{value}`; check the spelling"
    return ""


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
            problems.append(doc.diagnostic(
                NOT_WAIVABLE, Severity.ERROR, ("waivers", index, "rule"),
                f"`{rule}` is not a rule that can be waived",
                did_you_mean(rule, rules) or
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
