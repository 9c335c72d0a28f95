"""Loading in parallel processes gives what loading one file after another gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.engine.validate import validate
from nzconfig.loading import parallel
from tests.support.repos import collection, make_repo


def test_parallel_loading_is_the_same_as_serial(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    colls = [collection(f"Books {i} (TST)", ["AAA", "BBB"][: 1 + i % 2]) for i in range(40)]
    colls.append(collection("Broken (TST)", ["AAA"], status="maybe"))
    repo = make_repo(tmp_path, colls)
    (repo / "collections" / "syntax.yaml").write_text("name: [unclosed\n")
    monkeypatch.setattr(parallel, "MIN_FILES", 10)
    monkeypatch.setenv("NZCONFIG_JOBS", "1")
    assert not parallel.worth_it(100)
    serial = validate(repo)
    monkeypatch.setenv("NZCONFIG_JOBS", "3")
    assert parallel.worth_it(100)
    forked = validate(repo)
    assert forked.diagnostics == serial.diagnostics and serial.diagnostics
    assert [c.doc for c in forked.network.collections] == [
        c.doc for c in serial.network.collections]
    assert forked.network.policies == serial.network.policies
