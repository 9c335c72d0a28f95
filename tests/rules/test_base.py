"""What a rule module is (rules.base): every registered module satisfies the Rule protocol,
and a Finding carries what the engine needs."""

from __future__ import annotations

import re

from nzconfig.core.diagnostics import Severity
from nzconfig.loading.loader import Document
from nzconfig.rules import RULES
from nzconfig.rules.base import Finding, Rule


def test_every_rule_module_has_the_metadata_and_a_check() -> None:
    for rule in RULES:
        module: Rule = rule
        assert re.fullmatch(r"NZ\d{3}", module.ID), module
        assert module.NAME.lower() == module.NAME and " " not in module.NAME, module.ID
        assert module.TITLE and isinstance(module.SEVERITY, Severity), module.ID
        assert isinstance(module.PARAMS, dict), module.ID
        assert module.__doc__ and module.__doc__.strip(), module.ID
        assert callable(module.check), module.ID
    ids = [r.ID for r in RULES]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_a_finding_defaults_to_no_key_no_target() -> None:
    doc = Document("collections/a.yaml", {})
    finding = Finding(doc, ("members", 0), "m")
    assert (finding.hint, finding.at_key, finding.collection, finding.member) == (
        None, False, None, None)
    assert finding == Finding(doc, ("members", 0), "m")
    assert finding != Finding(doc, ("members", 0), "m", member="AAA")
