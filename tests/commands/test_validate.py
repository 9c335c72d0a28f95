"""`nzconfig validate` on one fixture repository per kind of bad input (and a few good ones).

Each case is tests/fixtures/repos/<case>/repo (laid over _base) plus expect.yaml: the exit
code and the load, schema and cross-file diagnostics (ids below NZ200) it must print.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from tests.support.cli import run_cli
from tests.support.repos import FIXTURE_REPOS, build

CASES = sorted(p.name for p in FIXTURE_REPOS.iterdir() if (p / "expect.yaml").is_file())


@pytest.mark.parametrize("case", CASES)
def test_fixture_repository(case: str, tmp_path: Path) -> None:
    expected = yaml.safe_load((FIXTURE_REPOS / case / "expect.yaml").read_text(encoding="utf-8"))
    repo = build(tmp_path / "repo", base=case)
    run = run_cli("validate", repo)
    assert run.code == expected["exit"], run.stdout + run.stderr
    found = [
        {"rule": d["rule"], "file": d["file"], "line": int(d["line"]), "column": int(d["column"])}
        for d in run.diagnostics() if d["rule"] < "NZ200"
    ]
    assert found == expected["diagnostics"]


def test_every_bad_input_kind_has_a_case() -> None:
    rules = {d["rule"] for case in CASES for d in yaml.safe_load(
        (FIXTURE_REPOS / case / "expect.yaml").read_text())["diagnostics"]}
    for rule in ("NZ001", "NZ002", "NZ003", "NZ004", "NZ005", "NZ006", "NZ007", "NZ008",
                 "NZ009", "NZ101", "NZ102", "NZ103", "NZ151", "NZ152", "NZ153", "NZ154",
                 "NZ155"):
        assert rule in rules, f"no fixture repository shows {rule}"


def test_messages_name_the_problem(tmp_path: Path) -> None:
    run = run_cli("validate", build(tmp_path / "r", base="unknown-key"))
    assert "unknown key `memebers`" in run.stdout
    assert "hint: did you mean `members`?" in run.stdout
    run = run_cli("validate", build(tmp_path / "s", base="unknown-member"))
    assert "hint: did you mean `GWALAW`?" in run.stdout
    run = run_cli("validate", build(tmp_path / "t", base="yaml11-number-code"))
    assert 'quote it: "010"' in run.stdout
    run = run_cli("validate", build(tmp_path / "u", base="duplicate-key"))
    assert "first defined at line 4, column 1" in run.stdout


def test_summary_line_and_clean_exit(tmp_path: Path) -> None:
    run = run_cli("validate", build(tmp_path / "r", base="bom-accepted"))
    assert run.code == 0
    assert run.stdout.splitlines()[-1].startswith("0 errors")


def test_no_such_repository_is_exit_2(tmp_path: Path) -> None:
    run = run_cli("validate", tmp_path / "missing")
    assert run.code == 2
    assert "no such repository" in run.stderr


def test_not_a_repository_is_exit_2(tmp_path: Path) -> None:
    run = run_cli("validate", tmp_path)
    assert run.code == 2
    assert "not an nzconfig repository" in run.stderr


def test_bad_option_is_exit_2() -> None:
    assert run_cli("validate", "--format", "nonsense", ROOT).code == 2


def test_installed_command_validates_the_shipped_data() -> None:
    run = run_cli("validate", ROOT, installed=True)
    assert run.code == 0, run.stdout + run.stderr
    assert " 0 errors" in " " + run.stdout.splitlines()[-1]


def test_output_file_is_written(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    run = run_cli("validate", build(tmp_path / "r", base="duplicate-member"), "-o", out)
    assert run.code == 1
    assert run.stdout == ""
    assert "[NZ155]" in out.read_text()


def test_an_internal_error_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    """A bug still exits 2 with a short report; NZCONFIG_DEBUG=1 shows the traceback."""
    repo = build(tmp_path / "r", base="bom-accepted")
    boom = tmp_path / "sitecustomize.py"
    boom.write_text(
        "import nzconfig.engine.validate\n"
        "def broken(*a, **k):\n    raise KeyError('simulated bug')\n"
        "nzconfig.engine.validate.validate = broken\n")
    run = run_cli("validate", repo, env={"PYTHONPATH": str(tmp_path)}, installed=True)
    assert run.code == 2
    assert "nzconfig: internal error: KeyError: 'simulated bug'" in run.stderr
    assert "please report it" in run.stderr


def test_notices_of_one_rule_are_one_line_in_text(tmp_path: Path) -> None:
    from tests.support.repos import collection, make_repo
    repo = make_repo(tmp_path / "repo", [collection(f"C{i} (TST)", ["AAA"]) for i in range(4)])
    run = run_cli("validate", repo)
    lines = [line for line in run.stdout.splitlines() if "[NZ202]" in line]
    assert lines == ["notice [NZ202] 4 collections: linking level and method are not recorded: "
                     "the members' CDI settings cannot be checked against the CDI matrix"]
    assert "    collections: C0 (TST); C1 (TST); C2 (TST); C3 (TST)" in run.stdout


@pytest.mark.parametrize("format_", ["text", "json", "github", "sarif", "junit"])
def test_min_severity_warning_hides_notices_in_every_format(tmp_path: Path,
                                                            format_: str) -> None:
    from tests.support.repos import collection, make_repo
    repo = make_repo(tmp_path / "repo", [collection("C (TST)", ["AAA"]),
                                         collection("No Suffix", ["AAA"])])
    every = run_cli("validate", repo, "--format", format_)
    fewer = run_cli("validate", repo, "--format", format_, "--min-severity", "warning")

    def rules(text: str) -> str:
        if format_ != "sarif":
            return text
        return " ".join(r["ruleId"] for r in json.loads(text)["runs"][0]["results"])

    assert "NZ202" in rules(every.stdout) and "NZ202" not in rules(fewer.stdout)
    assert "NZ205" in rules(fewer.stdout)
    assert fewer.code == every.code
