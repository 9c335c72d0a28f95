"""Render of two generated consortia (benchmarks/generate.py, both shapes), byte for byte.

The speed work renders the large tables in bulk; this pins every page of a generated
consortium (many members, per-member overrides, inactive and import-profile collections,
licences and costs) to the bytes the row-by-row templates wrote, by the SHA-256 of each
page in render's manifest. Regenerate deliberately with NZCONFIG_UPDATE_GOLDEN=1.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from benchmarks import generate
from nzconfig.engine.validate import validate
from nzconfig.render import output
from tests.conftest import ROOT
from tests.support.render import rendered_files

GOLDEN = Path(__file__).parents[1] / "golden" / "render-generated"
UPDATE = os.environ.get("NZCONFIG_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("shape", ["wrlc", "wide"])
def test_generated_consortium_renders_as_before(shape: str, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NZCONFIG_TODAY", "2026-01-15")
    repo = tmp_path / shape
    generate.generate(repo, 60, 12, 7, ROOT / "policies", shape)
    files = rendered_files(repo, validate(repo))
    manifest = files[output.MANIFEST]
    golden = GOLDEN / f"{shape}.json"
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(manifest)
        return
    assert manifest == golden.read_bytes(), f"a page of the {shape} consortium changed"
