from __future__ import annotations

from pathlib import Path

from junitparser import Failure, JUnitXml

from tests.report.conftest import EXPECTED
from tests.support.cli import run_cli as nzconfig


def test_one_case_per_file_and_failures_carry_findings(findings_repo: Path,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "junit.xml"
    run = nzconfig("validate", findings_repo, "--format", "junit", "--output", out)
    assert run.code == 1
    xml = JUnitXml.fromfile(str(out))
    cases = [case for suite in xml for case in suite]
    files = sorted(p.relative_to(findings_repo).as_posix()
                   for p in findings_repo.glob("*/*.yaml"))
    assert sorted(case.name for case in cases) == files
    failed = {case.name: case.result for case in cases if case.result}
    assert set(failed) == set(EXPECTED)
    for name, results in failed.items():
        (failure,) = results
        assert isinstance(failure, Failure)
        severity, rule = EXPECTED[name]
        assert failure.type == severity
        assert f"[{rule}]" in (failure.text or "")
    suite = next(iter(xml))
    assert (suite.tests, suite.failures) == (len(files), len(EXPECTED))


def test_clean_repository_has_no_failures(findings_repo: Path) -> None:
    for name in EXPECTED:
        (findings_repo / name).unlink()
    run = nzconfig("validate", findings_repo, "--format", "junit")
    assert run.code == 0
    assert 'failures="0"' in run.stdout and "<failure" not in run.stdout
