"""The JSON Schemas: valid 2020-12, documented, and their errors placed and worded well."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from nzconfig.loading import schema
from nzconfig.loading.loader import Document, load_text
from tests.conftest import ROOT

SCHEMAS = sorted((ROOT / "src" / "nzconfig" / "schemas").glob("*.schema.json"))


def walk(node: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every named property of a schema, with its JSON path."""
    found = []
    if isinstance(node, dict):
        for name, prop in (node.get("properties") or {}).items():
            found.append((f"{path}/{name}", prop))
        for key, value in node.items():
            found += walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += walk(value, f"{path}/{i}")
    return found


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_schema_is_valid_and_every_property_is_described(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(document)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    for where, prop in walk(document):
        assert prop.get("description"), f"{path.name}{where} has no description"


def test_top_level_schemas_folder_is_the_shipped_one() -> None:
    assert (ROOT / "schemas").resolve() == (ROOT / "src" / "nzconfig" / "schemas").resolve()


def test_domain_fields_are_enums() -> None:
    props = schema.load_schema("collection")["properties"]
    assert props["access_type"]["enum"] == ["subscription", "open_access"]
    assert props["managed_via"]["enum"] == ["community_zone", "import_profile"]
    assert props["status"]["enum"] == ["active", "inactive"]
    # proxy is open text on purpose: which profiles are allowed is policy (rule NZ204).
    assert set(props["linking"]["properties"]["level"]["enum"]) >= {"book", "journal", "article",
                                                                      "issue", "database"}
    assert props["linking"]["properties"]["method"]["enum"] == ["link_resolver", "link_in_record"]


def check(text: str, kind: str = "collection") -> list[tuple[str, int, int, str, str | None]]:
    doc = load_text(text, "c.yaml")
    assert isinstance(doc, Document)
    return [(d.rule, d.line, d.column, d.message, d.hint) for d in schema.check(doc, kind)]


VALID = "name: X (WRLC)\nmanaged_via: community_zone\naccess_type: subscription\nmembers: [AMU]\n"


def test_valid_collection_has_no_findings() -> None:
    assert check(VALID) == []


def test_unknown_key_at_the_key_with_did_you_mean() -> None:
    found = check(VALID + "acess_type: x\n")
    assert found == [("NZ102", 5, 1, "unknown key `acess_type`", "did you mean `access_type`?")]


def test_unknown_nested_key() -> None:
    found = check(VALID + "linking:\n  level: book\n  methd: link_resolver\n")
    rules = {(r, line, col) for r, line, col, *_ in found}
    assert ("NZ102", 7, 3) in rules  # the misspelt key
    assert ("NZ103", 5, 1) in rules  # `method` missing: reported at the parent key


def test_number_where_text_is_expected_gets_a_quote_hint() -> None:
    [(rule, line, col, message, hint)] = check(VALID.replace("[AMU]", "[AMU, 0x1A]"))
    assert (rule, line, col) == ("NZ101", 4, 16)
    assert message == "`members[1]` should be text, not the number 26"
    assert hint == 'YAML read `0x1A` as the number 26; quote it: "0x1A"'


def test_an_integer_in_its_own_spelling_gets_the_same_hint() -> None:
    [(rule, line, col, message, hint)] = check(VALID.replace("[AMU]", "[AMU, 123]"))
    assert (rule, line, col) == ("NZ101", 4, 16)
    assert message == "`members[1]` should be text, not the number 123"
    assert hint == 'YAML read `123` as the number 123; quote it: "123"'


def test_bad_member_code_form() -> None:
    [(rule, line, col, message, _)] = check(VALID.replace("[AMU]", "[amu]"))
    assert (rule, line, col) == ("NZ101", 4, 11)
    assert "upper-case letters and digits" in message


def test_missing_keys_reported_at_top_for_the_file() -> None:
    found = check("name: X (WRLC)\n")
    assert [(r, line, col) for r, line, col, *_ in found] == [("NZ103", 1, 1)] * 3


def test_a_file_with_an_unknown_key_still_gets_the_other_checks(tmp_path: Path) -> None:
    from nzconfig.engine.validate import validate
    from tests.support.repos import collection, make_repo
    repo = make_repo(tmp_path, [collection("Books (TST)", ["AAA", "XYZ"], pakage="Typo Inc")])
    rules = sorted(d.rule for d in validate(repo).diagnostics if d.severity.label == "error")
    assert rules == ["NZ102", "NZ151"]  # the typo and the unknown member, in one run


def test_a_file_with_a_broken_value_still_gets_the_checks_that_do_not_read_it(
        tmp_path: Path) -> None:
    from nzconfig.engine.validate import validate
    from tests.support.repos import collection, make_repo
    repo = make_repo(tmp_path, [collection("Books (TST)", ["AAA", "XYZ"], access_type="x")])
    rules = {d.rule for d in validate(repo).diagnostics if d.severity.label == "error"}
    assert rules == {"NZ101", "NZ151"}  # engine/salvage.py sets `access_type` aside


def test_a_file_whose_members_are_broken_is_not_checked_further(tmp_path: Path) -> None:
    from nzconfig.engine.validate import validate
    from tests.support.repos import collection, make_repo
    repo = make_repo(tmp_path, [collection("Books (TST)", ["AAA", "xyz"], access_type="x")])
    rules = {d.rule for d in validate(repo).diagnostics if d.severity.label == "error"}
    assert rules == {"NZ101"}  # the members say which access it grants: nothing without them


def test_every_pattern_matches_the_whole_value() -> None:
    """Anchored at both ends, and the end is the end of the value: `"GWA\\n"` is no code."""
    import json
    import re

    from nzconfig.loading.schema import SCHEMAS, _whole_value

    def patterns(node: object) -> list[str]:
        if isinstance(node, dict):
            return [v for k, v in node.items() if k == "pattern" and isinstance(v, str)] + [
                p for v in node.values() for p in patterns(v)]
        return [p for v in node for p in patterns(v)] if isinstance(node, list) else []

    for path in sorted(SCHEMAS.glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        for pattern in patterns(schema):
            assert pattern.startswith("^") and pattern.endswith("$"), (path.name, pattern)
        for pattern in patterns(_whole_value(schema)):
            assert pattern.endswith("\\Z"), (path.name, pattern)
            assert not re.search(pattern, "A" * 3 + "\n") or "\\n" in pattern


def test_a_trailing_newline_is_not_a_member_code(tmp_path: Path) -> None:
    from nzconfig.loading.loader import Document, load_text
    from nzconfig.loading.schema import check

    doc = load_text('name: Books (TST)\nmanaged_via: community_zone\naccess_type: subscription\n'
                    'members: ["GWA\\n"]\n', "collections/books-tst.yaml")
    assert isinstance(doc, Document)
    assert [(d.rule, d.line, d.column) for d in check(doc, "collection")] == [("NZ101", 4, 11)]
