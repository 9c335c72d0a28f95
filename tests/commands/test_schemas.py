"""`nzconfig schemas --out DIR`: one editor schema per file kind, written into DIR."""

from __future__ import annotations

import json
from pathlib import Path

from nzconfig.loading.schema import SCHEMAS
from tests.conftest import ROOT
from tests.support.cli import run_cli

# Committed and kept current (tests/report/test_editor_schema.py).
COMMITTED = ROOT / "src" / "nzconfig" / "schemas" / "editor"


def test_writes_every_kind_into_a_new_folder(tmp_path: Path) -> None:
    out = tmp_path / "a" / "editor"
    run = run_cli("schemas", "--out", out)
    kinds = sorted(p.name for p in SCHEMAS.glob("*.schema.json"))
    assert (run.code, run.stdout) == (0, f"{out}: {len(kinds)} schemas\n")
    assert sorted(p.name for p in out.iterdir()) == kinds
    for path in out.iterdir():
        assert path.read_bytes() == (COMMITTED / path.name).read_bytes(), path.name


def test_draft_07_json_ending_in_a_newline(tmp_path: Path) -> None:
    assert run_cli("schemas", "--out", tmp_path).code == 0
    for path in tmp_path.iterdir():
        text = path.read_text(encoding="utf-8")
        assert text.endswith("}\n"), path.name
        assert json.loads(text)["$schema"] == "http://json-schema.org/draft-07/schema#"


def test_out_is_required_and_must_not_be_a_file(tmp_path: Path) -> None:
    assert run_cli("schemas").code == 2
    file = tmp_path / "f"
    file.write_text("x")
    run = run_cli("schemas", "--out", file)
    assert run.code == 2 and file.read_text() == "x"
