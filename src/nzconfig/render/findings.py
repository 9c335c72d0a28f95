"""The validation summary and the open-access review, from the Outcome's diagnostics.

Data-driven: whatever rules are registered and whatever they report is shown, so these
pages grow as rules land. Nothing here knows a rule id except ``OA_REVIEW_RULES``, the rules
whose findings are the open-access review's candidate list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from nzconfig.core.catalog import Entry
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.loading.repo import POLICY_FILES
from nzconfig.render.context import Row, text
from nzconfig.rules import CATALOGUE, CATALOGUE_BY_ID, nz208_oa_review

if TYPE_CHECKING:
    from nzconfig.engine.validate import Outcome

# Seed 003, "Regular review": open-access collections activated by enough members in their
# IZs, candidates for the NZ. Listed when the rule is registered; absent, the section says so.
OA_REVIEW_RULES = (nz208_oa_review.ID,)


@dataclass(frozen=True, slots=True)
class FindingView:
    rule: str
    title: str
    severity: str
    location: str
    message: str
    hint: str
    collection: str
    member: str


@dataclass(frozen=True, slots=True)
class RuleGroup:
    rule: str
    title: str
    errors: int
    warnings: int
    notices: int
    findings: tuple[FindingView, ...]


@dataclass(frozen=True, slots=True)
class WaiverView:
    rule: str
    title: str
    target: str
    reason: str
    expires: str


@dataclass(frozen=True, slots=True)
class Validation:
    files: int
    errors: int
    warnings: int
    notices: int
    rules: tuple[RuleGroup, ...]
    waived: tuple[FindingView, ...]
    waivers: tuple[WaiverView, ...]


@dataclass(frozen=True, slots=True)
class ReviewRule:
    rule: str
    title: str
    settings: tuple[tuple[str, str], ...]  # (what it is, its value) for each threshold
    unset: bool  # a policy value it reads is not set, so it did not run


@dataclass(frozen=True, slots=True)
class OpenAccessReview:
    review_rules: tuple[ReviewRule, ...]  # the registered ones among OA_REVIEW_RULES
    candidates: tuple[FindingView, ...]
    deferred: tuple[FindingView, ...]  # candidates waived until a later review
    findings: tuple[RuleGroup, ...]  # other findings about open-access collections
    rows: tuple[Row, ...]
    not_opted_in: tuple[tuple[str, ...], ...]  # per row: the known members not in its list


def _titles() -> dict[str, str]:
    return {entry.id: entry.title for entry in CATALOGUE}


def view(d: Diagnostic, titles: Mapping[str, str]) -> FindingView:
    return FindingView(d.rule, text(titles.get(d.rule, "")), d.severity.label,
                       text(d.location()), text(d.message), text(d.hint),
                       text(d.collection), text(d.member))


def by_rule(diagnostics: Iterable[Diagnostic], titles: Mapping[str, str]) -> tuple[RuleGroup, ...]:
    grouped: dict[str, list[Diagnostic]] = {}
    for d in diagnostics:
        grouped.setdefault(d.rule, []).append(d)
    result = []
    for rule in sorted(grouped):
        found = sorted(grouped[rule], key=Diagnostic.sort_key)
        result.append(RuleGroup(
            rule, text(titles.get(rule, "")),
            sum(d.severity == Severity.ERROR for d in found),
            sum(d.severity == Severity.WARNING for d in found),
            sum(d.severity == Severity.NOTICE for d in found),
            tuple(view(d, titles) for d in found),
        ))
    return tuple(result)


def validation(outcome: Outcome) -> Validation:
    titles = _titles()
    found = outcome.diagnostics
    return Validation(
        files=len(outcome.files),
        errors=sum(d.severity == Severity.ERROR for d in found),
        warnings=sum(d.severity == Severity.WARNING for d in found),
        notices=sum(d.severity == Severity.NOTICE for d in found),
        rules=by_rule(found, titles),
        waived=tuple(view(d, titles) for d in sorted(outcome.waived, key=Diagnostic.sort_key)),
        waivers=waivers(outcome.network.policy("waivers"), titles),
    )


def waivers(policy: Mapping[str, Any], titles: Mapping[str, str]) -> tuple[WaiverView, ...]:
    """The waivers file's entries, soonest expiry first."""
    result = []
    for entry in policy.get("waivers") or ():
        if not isinstance(entry, dict):
            continue
        target = "; ".join(f"{key}: {text(entry[key])}"
                           for key in ("collection", "member", "file") if entry.get(key))
        rule = text(entry.get("rule"))
        result.append(WaiverView(rule, text(titles.get(rule, "")), target or "everything",
                                 text(entry.get("reason")), text(entry.get("expires"))))
    return tuple(sorted(result, key=lambda w: (w.expires, w.rule, w.target.casefold(), w.target,
                                               w.reason)))


def open_access(outcome: Outcome, rows: tuple[Row, ...],
                known: tuple[str, ...]) -> OpenAccessReview:
    """``known``: the codes of the members with a file in institutions/, in code order."""
    titles = _titles()
    oa_rows = tuple(r for r in rows if r.access_key == "open_access")
    oa_names = {r.name for r in oa_rows}
    entries = CATALOGUE_BY_ID
    review_rules = tuple(
        _review_rule(outcome, entries[rule]) for rule in OA_REVIEW_RULES if rule in entries
    )

    def candidates(found: Iterable[Diagnostic]) -> tuple[FindingView, ...]:
        chosen = sorted((d for d in found if d.rule in OA_REVIEW_RULES),
                        key=lambda d: (text(d.collection).casefold(), d.sort_key()))
        return tuple(view(d, titles) for d in chosen)

    # Findings that bear on the review: the open-access rules' own, and any warning or error
    # about an open-access collection; not every notice (77 "linking not recorded" notices
    # say nothing about open access, and the validation summary has them).
    others = [d for d in outcome.diagnostics
              if d.rule not in OA_REVIEW_RULES and d.collection in oa_names
              and (d.severity >= Severity.WARNING
                   or (d.rule in entries and entries[d.rule].name.startswith("oa-")))]
    return OpenAccessReview(review_rules, candidates(outcome.diagnostics),
                            candidates(outcome.waived), by_rule(others, titles), oa_rows,
                            tuple(_without(known, r.members) for r in oa_rows))


def _without(codes: tuple[str, ...], listed: tuple[str, ...]) -> tuple[str, ...]:
    chosen = set(listed)
    return tuple(c for c in codes if c not in chosen)


def _review_rule(outcome: Outcome, entry: Entry) -> ReviewRule:
    settings = _settings(outcome, entry)
    return ReviewRule(entry.id, text(entry.title), settings,
                      any(value == NOT_SET for _, value in settings))


NOT_SET = "not set"


def _settings(outcome: Outcome, entry: Entry) -> tuple[tuple[str, str], ...]:
    """The rule's parameters (policies/rules.yaml) and the policy values it reads."""
    result: list[tuple[str, str]] = []
    config = outcome.configs.get(entry.id)
    for name, default, meaning in entry.params:
        param = config.params.get(name, default) if config is not None else default
        result.append((text(meaning or name), text(param)))
    for file, key, meaning in entry.policy:
        kind = POLICY_FILES.get(file.rsplit("/", 1)[-1])
        value: Any = outcome.network.policy(kind) if kind else {}
        for part in key.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        result.append((text(f"{meaning} ({file} {key})"),
                       NOT_SET if value is None else text(value)))
    return tuple(result)
