"""Tests mirror the source: src/nzconfig/<layer>/<module>.py is tested in
tests/<layer>/test_<module>.py. Rule modules have their cases as data
(tests/rules/cases/NZnnn.yaml)."""

from __future__ import annotations

from tests.conftest import ROOT

SRC = ROOT / "src" / "nzconfig"
TESTS = ROOT / "tests"


def _modules() -> list[str]:
    return sorted(p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")
                  if p.name not in ("__init__.py", "__main__.py")
                  and not (p.parent.name == "rules" and p.name.startswith("nz"))
                  and p.parent.name != "precompiled")  # generated: test_precompile checks it


def _mirror(module: str) -> str:
    folder, _, name = module.rpartition("/")
    return f"{folder}/test_{name}" if folder else f"test_{name}"


def test_every_module_has_its_test_module() -> None:
    missing = [_mirror(m) for m in _modules() if not (TESTS / _mirror(m)).is_file()]
    assert missing == [], f"add {missing}"


def test_the_mirror_finds_the_modules() -> None:
    assert "core/diagnostics.py" in _modules() and "cli.py" in _modules()
    assert _mirror("core/diagnostics.py") == "core/test_diagnostics.py"
    assert _mirror("cli.py") == "test_cli.py"
    assert not any(m.startswith("rules/nz") for m in _modules())
