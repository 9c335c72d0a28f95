"""The layers of docs/architecture.md hold: the import-linter contracts in pyproject.toml are
kept, and they name every package of nzconfig (a new package must be given a layer)."""

from __future__ import annotations

import tomllib

import pytest
from importlinter.cli import lint_imports

from tests.conftest import ROOT

SRC = ROOT / "src" / "nzconfig"


def _config() -> dict[str, object]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    config: dict[str, object] = data["tool"]["importlinter"]
    return config


def test_the_import_contracts_are_kept(capsys: pytest.CaptureFixture[str]) -> None:
    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)
    assert code == 0, capsys.readouterr().out


def test_every_package_and_top_module_has_a_layer() -> None:
    contracts = _config()["contracts"]
    assert isinstance(contracts, list)
    named = {name.strip() for contract in contracts for layer in contract.get("layers", ())
             for name in layer.replace("|", ":").split(":")}
    present = {f"nzconfig.{p.name}" for p in SRC.iterdir()
               if p.is_dir() and (p / "__init__.py").is_file()}
    present |= {f"nzconfig.{p.stem}" for p in SRC.glob("*.py") if p.stem != "__init__"}
    assert present <= named, sorted(present - named)


def test_no_contract_has_exceptions() -> None:
    contracts = _config()["contracts"]
    assert isinstance(contracts, list)
    for contract in contracts:
        assert not contract.get("ignore_imports"), contract["name"]
        assert not contract.get("unmatched_ignore_imports_alerting"), contract["name"]
