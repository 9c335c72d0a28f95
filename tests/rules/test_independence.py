"""No rule module imports another: what two rules share lives in rules.base or domain/, so
each rule can be read, switched off and tested alone."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

RULES = ROOT / "src" / "nzconfig" / "rules"


def test_no_rule_module_imports_another() -> None:
    found = []
    for path in sorted(RULES.glob("nz*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([node.module or ""] if isinstance(node, ast.ImportFrom)
                     else [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            if isinstance(node, ast.ImportFrom) and node.module == "nzconfig.rules":
                names = [f"nzconfig.rules.{a.name}" for a in node.names]
            found += [(path.name, n) for n in names if n.startswith("nzconfig.rules.nz")]
    assert found == []
