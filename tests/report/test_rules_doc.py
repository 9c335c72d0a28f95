"""docs/rules.md is generated from the rules' metadata and must be current."""

from __future__ import annotations

from nzconfig.report.rules_doc import markdown
from nzconfig.rules import CATALOGUE_BY_ID, RULES
from tests.conftest import ROOT

REGENERATE = "nzconfig rules --format markdown > docs/rules.md"


def test_docs_rules_md_is_current() -> None:
    written = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert written == markdown(), f"docs/rules.md is stale; run `{REGENERATE}`"


def test_every_rule_is_documented_with_its_parameters_and_policy_data() -> None:
    text = markdown()
    for rule in RULES:
        assert f"## {rule.ID}\n" in text
        for name, default in rule.PARAMS.items():
            shown = str(default).lower() if isinstance(default, bool) else str(default)
            assert f"- `{name}` (default `{shown}`)" in text, (rule.ID, name)
    section = text.split("## NZ208\n")[1].split("\n## ")[0]
    assert "`policies/open-access.yaml` `review.brief_level_over`" in section


def test_waiver_checks_are_in_the_catalogue() -> None:
    entries = CATALOGUE_BY_ID
    assert {"NZ901", "NZ902", "NZ903", "NZ904", "NZ905"} <= set(entries)
    assert entries["NZ902"].severity.label == "warning"
    assert not entries["NZ901"].configurable
