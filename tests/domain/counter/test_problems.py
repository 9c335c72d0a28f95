"""The usage problems are facts (domain.counter.problems): each kind names the one usage rule
that words it, and none carries wording or a position (tests/domain/counter/test_checks.py
finds them; tests/rules/cases/NZ50*.yaml word them)."""

from __future__ import annotations

import dataclasses
import inspect

from nzconfig.core import catalog
from nzconfig.domain.counter import problems as p
from nzconfig.rules import BY_ID

KINDS = [k for _, k in inspect.getmembers(p, inspect.isclass)
         if issubclass(k, p.Problem) and "rule" in vars(k)]
USAGE_RULES = {catalog.USAGE_PERIOD, catalog.USAGE_NO_REPORT, catalog.USAGE_INSTITUTION,
               catalog.USAGE_INCOMPLETE_USAGE, catalog.USAGE_EXCEPTION,
               catalog.USAGE_REPORT_TYPE, catalog.USAGE_PROVENANCE, catalog.USAGE_METRIC}


def test_every_usage_rule_words_kinds_and_every_kind_one_rule() -> None:
    assert len(KINDS) == 16
    assert {k.rule for k in KINDS} == USAGE_RULES
    assert all(hasattr(BY_ID[k.rule], "finding") for k in KINDS)


def test_kinds_are_facts_without_wording_or_position() -> None:
    for kind in KINDS:
        names = {f.name for f in dataclasses.fields(kind)}
        assert not names & {"message", "hint", "path", "at_key", "severity"}, kind.__name__
        assert kind.__dataclass_params__.frozen, kind.__name__  # type: ignore[attr-defined]
