"""benchmarks/generate.py: a generated consortium is clean as of its date, and deterministic."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from benchmarks.generate import AS_OF, generate
from nzconfig.core.catalog import WAIVER_EXPIRED
from nzconfig.core.diagnostics import Severity
from nzconfig.engine.validate import validate
from tests.conftest import ROOT


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


@pytest.mark.parametrize("shape", ["wrlc", "wide"])
def test_clean_as_of_its_date_and_the_same_bytes_every_time(shape: str, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for out in (first, second):
        generate(out, 40, 9, 7, ROOT / "policies", shape)
    assert _files(first) == _files(second)
    outcome = validate(first, today=AS_OF)
    assert [d for d in outcome.diagnostics if d.severity > Severity.NOTICE] == []
    assert len(outcome.waived) == 4  # the former member's listings, each waived
    # the waivers run out at the end of the next year: expired after it
    late = validate(first, today=date(AS_OF.year + 2, 1, 1))
    assert {d.rule for d in late.diagnostics if d.severity == Severity.ERROR} >= {WAIVER_EXPIRED}


def test_the_waivers_follow_the_as_of_date(tmp_path: Path) -> None:
    generate(tmp_path, 40, 9, 7, ROOT / "policies", "wrlc", date(2031, 6, 1))
    waivers = (tmp_path / "policies" / "waivers.yaml").read_text(encoding="utf-8")
    assert waivers.count("expires: '2032-12-31'") == 4
    assert validate(tmp_path, today=date(2031, 6, 1)).waived
