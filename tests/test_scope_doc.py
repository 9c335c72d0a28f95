"""docs/scope.md names only rules that exist, and every rule of issue 16 (NZ229-NZ242)."""

from __future__ import annotations

import re

from nzconfig.rules import CATALOGUE
from tests.conftest import ROOT


def test_scope_names_real_rules_and_all_of_the_seeds_remaining_policies() -> None:
    text = (ROOT / "docs" / "scope.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\[(NZ\d{3})\]\(rules\.md#(nz\d{3})\)", text))
    assert named and all(rule.lower() == anchor for rule, anchor in named)
    ids = {rule for rule, _ in named}
    known = {entry.id for entry in CATALOGUE}
    assert ids <= known, sorted(ids - known)
    assert {f"NZ{n}" for n in range(229, 243)} <= ids
