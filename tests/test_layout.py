"""Tests mirror the source: src/nzconfig/<layer>/<module>.py is tested in
tests/<layer>/test_<module>.py. Rule modules have their cases as data
(tests/rules/cases/NZnnn.yaml). The modules below are, for now, tested only through a
command or a neighbour (named with each); give one its own test file and drop it here."""

from __future__ import annotations

from tests.conftest import ROOT

SRC = ROOT / "src" / "nzconfig"
TESTS = ROOT / "tests"

THROUGH = {
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

