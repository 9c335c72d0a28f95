from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema

from nzconfig.rules import CATALOGUE
from tests.report.conftest import EXPECTED
from tests.support.cli import run_cli as nzconfig


def test_sarif_validates_against_the_official_schema(findings_repo: Path, shared: Path) -> None:
    schema = json.loads((shared / "sarif" / "sarif-schema-2.1.0.json").read_text())
    run = nzconfig("validate", findings_repo, "--format", "sarif")
    assert run.code == 1
    log = json.loads(run.stdout)
    jsonschema.validate(log, schema, cls=jsonschema.Draft4Validator)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1


def test_rules_and_results(findings_repo: Path) -> None:
    (run_,) = json.loads(nzconfig("validate", findings_repo, "--format", "sarif").stdout)["runs"]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [e.id for e in CATALOGUE]
    assert all(r["shortDescription"]["text"] and r["help"]["text"] for r in rules)
    by_id = {r["id"]: r for r in rules}
    assert by_id["NZ154"]["defaultConfiguration"]["level"] == "warning"  # from rules.yaml
    found = {}
    for result in run_["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        found[location["artifactLocation"]["uri"]] = (result["level"], result["ruleId"])
        if result["ruleId"] == "NZ151":
            assert location["region"] == {"startLine": 6, "startColumn": 3}
            assert "`ZZZ`" in result["message"]["text"]
    assert found == EXPECTED


def test_waived_findings_are_suppressed_results(findings_repo: Path) -> None:
    from tests.support.repos import write

    write(findings_repo, "policies/waivers.yaml", {"waivers": [{
        "rule": "NZ151", "member": "ZZZ", "reason": "joins next month",
        "expires": f"{date.today().year + 1}-12-31"}]})  # within 3 years
    (run_,) = json.loads(nzconfig("validate", findings_repo, "--format", "sarif").stdout)["runs"]
    (waived,) = [r for r in run_["results"] if r["ruleId"] == "NZ151"]
    assert waived["suppressions"][0]["kind"] == "external"
    assert all("suppressions" not in r for r in run_["results"] if r["ruleId"] != "NZ151")
    data = json.loads(nzconfig("validate", findings_repo, "--format", "json").stdout)
    assert data["summary"]["waived"] == 1 and data["summary"]["errors"] == 1
    assert [d["member"] for d in data["waived"]] == ["ZZZ"]
