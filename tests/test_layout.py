"""Tests mirror the source: src/nzconfig/<layer>/<module>.py is tested in
tests/<layer>/test_<module>.py. Rule modules have their cases as data
(tests/rules/cases/NZnnn.yaml). The modules below are, for now, tested only through a
command or a neighbour (named with each); give one its own test file and drop it here."""

from __future__ import annotations

from tests.conftest import ROOT

SRC = ROOT / "src" / "nzconfig"
TESTS = ROOT / "tests"

THROUGH = {
    "changes/analysis.py": "changes/test_compare.py",
    "changes/data.py": "commands/test_diff.py",
    "changes/findings.py": "commands/test_diff.py",
    "changes/matching.py": "changes/test_compare.py",
    "changes/plan.py": "commands/test_plan.py",
    "changes/plan_markdown.py": "commands/test_plan.py",
    "changes/waivers.py": "commands/test_diff.py",
    "changes/words.py": "changes/test_markdown.py",
    "commands/apply.py": "services/alma/test_apply.py",
    "commands/drift.py": "services/alma/test_drift.py",
    "commands/fmt.py": "edit/test_fmt.py",
    "commands/import_table.py": "edit/test_table_import.py",
    "commands/member.py": "edit/test_members.py",
    "commands/pull.py": "services/alma/test_pull.py",
    "commands/rules.py": "report/test_rules_doc.py",
    "commands/schemas.py": "report/test_editor_schema.py",
    "domain/activations.py": "rules/cases/NZ208.yaml",
    "domain/approval.py": "rules/cases/NZ210.yaml",
    "domain/costs/analysis.py": "domain/costs/test_formula.py",
    "domain/costs/figures.py": "commands/test_cost.py",
    "domain/costs/model.py": "domain/costs/test_formula.py",
    "domain/costs/output.py": "commands/test_cost.py",
    "domain/costs/report.py": "commands/test_cost.py",
    "domain/costs/select.py": "commands/test_cost.py",
    "domain/costs/tables.py": "domain/costs/test_pages.py",
    "domain/counter/checks.py": "rules/cases/NZ501.yaml",
    "domain/counter/common.py": "domain/counter/test_tabular.py",
    "domain/counter/ids.py": "core/test_catalog.py",
    "domain/counter/model.py": "domain/counter/test_importing.py",
    "domain/counter/provenance.py": "rules/cases/NZ507.yaml",
    "domain/counter/source.py": "domain/counter/test_tabular.py",
    "domain/counter/vocabulary.py": "domain/counter/test_tabular.py",
    "edit/usage_import.py": "commands/test_usage.py",
    "edit/yaml_tree.py": "edit/test_yaml_writer.py",
    "render/pages.py": "render/test_output.py",
    "render/run.py": "commands/test_render.py",
    "render/site.py": "render/test_markdown.py",
    "rules/base.py": "rules/test_cases.py",
    "rules/cost_findings.py": "rules/cases/NZ301.yaml",
    "rules/usage_findings.py": "rules/cases/NZ501.yaml",
    "services/alma/compare.py": "services/alma/test_drift.py",
    "services/alma/fetch.py": "services/alma/test_client.py",
    "services/alma/journal.py": "services/alma/test_apply.py",
    "services/alma/keys.py": "services/alma/test_client.py",
    "services/alma/session.py": "services/alma/test_pull.py",
    "services/alma/settings.py": "services/alma/test_mapping.py",
    "services/confluence_sync.py": "commands/test_publish.py",
}


def _modules() -> list[str]:
    return sorted(p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")
                  if p.name not in ("__init__.py", "__main__.py")
                  and not (p.parent.name == "rules" and p.name.startswith("nz")))


def _mirror(module: str) -> str:
    folder, _, name = module.rpartition("/")
    return f"{folder}/test_{name}" if folder else f"test_{name}"


def test_every_module_has_its_test_module() -> None:
    missing = [m for m in _modules() if m not in THROUGH and not (TESTS / _mirror(m)).is_file()]
    assert missing == [], f"add {[_mirror(m) for m in missing]}"


def test_the_list_of_modules_tested_through_others_is_current() -> None:
    stale = [m for m in THROUGH if m not in _modules() or (TESTS / _mirror(m)).is_file()]
    assert stale == [], "remove these from THROUGH"
    assert [t for t in THROUGH.values() if not (TESTS / t).is_file()] == []

