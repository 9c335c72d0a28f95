"""The editor schemas (schemas/editor/): draft-07 with only the keywords the YAML language
server supports, generated from the shipped schemas (not stale), and judging the shipped
data as nzconfig does; import-table's new files name them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft7Validator

from nzconfig.report.editor_schema import SUPPORTED, render_all
from tests.conftest import ROOT
from tests.support.cli import run_cli

EDITOR = ROOT / "src" / "nzconfig" / "schemas" / "editor"
KINDS = {"collections": "collection", "institutions": "institution"}


def keywords(node: Any, named: bool = False) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if not named:
                found.add(key)
            found |= keywords(value, named=not named and key in (
                "properties", "patternProperties", "definitions", "dependencies"))
    elif isinstance(node, list):
        for item in node:
            found |= keywords(item)
    return found


def test_the_committed_editor_schemas_are_current() -> None:
    committed = {p.name: p.read_text(encoding="utf-8") for p in EDITOR.glob("*.json")}
    assert committed == render_all(), "run `nzconfig schemas --out src/nzconfig/schemas/editor`"


@pytest.mark.parametrize("name", sorted(p.name for p in EDITOR.glob("*.json")))
def test_only_keywords_the_yaml_language_server_supports(name: str) -> None:
    schema = json.loads((EDITOR / name).read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert keywords(schema) <= SUPPORTED, keywords(schema) - SUPPORTED
    assert "$defs" not in json.dumps(schema)


@pytest.mark.parametrize("folder", sorted(KINDS))
def test_the_shipped_data_passes_and_a_broken_file_does_not(folder: str) -> None:
    schema = json.loads((EDITOR / f"{KINDS[folder]}.schema.json").read_text(encoding="utf-8"))
    validator = Draft7Validator(schema)
    for path in sorted((ROOT / folder).glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
        data = json.loads(json.dumps(data))
        if folder == "institutions":
            data.pop("cdi_consortia_inheritance", None)  # BaseLoader reads every value as text
        if folder == "collections":
            continue  # read as text, booleans and numbers would not match; see below
        assert list(validator.iter_errors(data)) == [], path.name
    bad = {"code": "lower case", "unknown_key": 1} if folder == "institutions" else {
        "name": "X", "members": ["AAA"], "access_type": "neither", "managed_via": "x"}
    assert list(validator.iter_errors(bad))


def test_the_loaded_collections_pass_the_editor_schema() -> None:
    from nzconfig.engine.validate import validate
    schema = json.loads((EDITOR / "collection.schema.json").read_text(encoding="utf-8"))
    validator = Draft7Validator(schema)
    for collection in validate(ROOT).network.collections:
        data = json.loads(json.dumps(collection.data, default=float))
        assert list(validator.iter_errors(data)) == [], collection.doc.file


def test_import_table_names_the_schema_for_editors(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "collections").mkdir(parents=True)
    shutil.copytree(ROOT / "policies", repo / "policies")
    shutil.copytree(ROOT / "institutions", repo / "institutions")
    table = ROOT / "tests" / "fixtures" / "seed-table"
    csv = next(table.glob("*.csv"))
    assert run_cli("import-table", csv, repo).code == 0
    first = next((repo / "collections").glob("*.yaml")).read_text(encoding="utf-8")
    assert first.startswith(
        "# yaml-language-server: $schema=../schemas/editor/collection.schema.json\n")
