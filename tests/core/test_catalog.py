"""One catalogue of check ids: every id the code can emit is listed by ``nzconfig rules`` and
docs/rules.md, and each id is typed once in the source (the modules import its name)."""

from __future__ import annotations

import re
from collections import Counter

from nzconfig.core import catalog, limits
from nzconfig.rules import CATALOGUE_BY_ID, RULES
from tests.conftest import ROOT
from tests.support.cli import run_cli

SRC = ROOT / "src" / "nzconfig"
_ID = re.compile(r"\bNZ\d{3}\b")
_LITERAL = re.compile(r"""["'](NZ\d{3})["']""")


def _sources() -> dict[str, str]:
    return {p.relative_to(SRC).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(SRC.rglob("*.py"))}


def _ids_in_source() -> set[str]:
    """Every id the source names (constants, messages, docstrings), ranges' ends included."""
    return {match for text in _sources().values() for match in _ID.findall(text)}


def test_every_id_in_the_source_is_catalogued() -> None:
    emitted = _ids_in_source() | {rule.ID for rule in RULES}
    assert emitted - set(CATALOGUE_BY_ID) == set()


def test_every_id_is_listed_by_the_rules_command_and_in_docs_rules_md() -> None:
    listed = run_cli("rules")
    assert listed.code == 0
    in_table = {line.split()[0] for line in listed.stdout.splitlines()[1:]
                if _ID.fullmatch(line.split()[0])}
    documented = set(re.findall(r"^## (NZ\d{3})$",
                                (ROOT / "docs" / "rules.md").read_text(encoding="utf-8"),
                                re.MULTILINE))
    wanted = _ids_in_source() | set(CATALOGUE_BY_ID)
    assert wanted - in_table == set()
    assert wanted - documented == set()


def test_each_id_is_typed_once_in_the_source() -> None:
    typed = Counter(match for text in _sources().values() for match in _LITERAL.findall(text))
    assert [rule_id for rule_id, count in typed.items() if count > 1] == []


def test_built_in_ids_are_constants_of_the_catalogue() -> None:
    text = (SRC / "core" / "catalog.py").read_text(encoding="utf-8")
    body = text.split("@dataclass", 1)[1]
    assert _LITERAL.findall(body) == [], "the table names its ids by their constants"
    assert {catalog.SYNTAX, catalog.TABLE_ROW, catalog.TABLE_EXISTS} <= set(CATALOGUE_BY_ID)


def test_limits_in_the_documentation_come_from_the_constants() -> None:
    assert f"{limits.MAX_VALUES:,}" in CATALOGUE_BY_ID[catalog.TOO_MANY_VALUES].title
    assert str(limits.MAX_DEPTH) in CATALOGUE_BY_ID[catalog.TOO_DEEP].title
    assert f"{limits.MAX_ALIAS_NODES:,}" in CATALOGUE_BY_ID[catalog.ALIAS_BOMB].doc
    assert f"{limits.MAX_SCHEMA_ERRORS:,}" in CATALOGUE_BY_ID[catalog.INVALID].doc
    assert f"{limits.MAX_FILE_BYTES // 2**20} MiB" in CATALOGUE_BY_ID[catalog.UNREADABLE].doc
