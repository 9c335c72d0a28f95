"""Loading in parallel processes gives what loading one file after another gives."""

from __future__ import annotations

import os
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


def test_processes_follow_the_cores_to_spare(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NZCONFIG_JOBS", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setattr(parallel, "CPU_MAX", str(tmp_path / "absent"))
    many = parallel.MIN_FILES
    monkeypatch.setattr(os, "getloadavg", lambda: (0.2, 0.2, 0.2))
    assert parallel.processes(many) == 2  # an idle 2-core machine
    assert parallel.processes(many, spare=False) == 1  # the caller has a better use for it
    assert parallel.processes(many - 1) == 1  # too few files to pay for the fork
    monkeypatch.setattr(os, "getloadavg", lambda: (1.0, 1.0, 1.0))
    assert parallel.processes(many) == 1  # one core busy with another job: it would not pay
    monkeypatch.setattr(os, "getloadavg", lambda: (9.0, 9.0, 9.0))
    assert parallel.processes(many) == 1
    monkeypatch.setenv("NZCONFIG_JOBS", "2")  # set outright: whatever the load
    assert parallel.processes(many) == 2
    assert parallel.processes(many, spare=False) == 2
    assert parallel.processes(1) == 1


def test_a_cgroup_quota_caps_the_cores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)))
    quota = tmp_path / "cpu.max"
    monkeypatch.setattr(parallel, "CPU_MAX", str(quota))
    quota.write_text("150000 100000\n")
    assert parallel.cores() == 1
    quota.write_text("max 100000\n")
    assert parallel.cores() == 8
    quota.write_text("garbage\n")
    assert parallel.cores() == 8
