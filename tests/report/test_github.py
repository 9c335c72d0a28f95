"""The github format against the workflow-command grammar (actions/toolkit command.ts)."""

from __future__ import annotations

import re
from pathlib import Path

from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.report.github import command
from tests.report.conftest import EXPECTED
from tests.support.cli import run_cli as nzconfig

# ::cmd key=value,key=value::data — values may not hold a raw `,` `:` CR LF; data no CR LF;
# every `%` starts an escape.
PROPERTY = r"[a-z]+=(?:[^,:%\r\n]|%25|%0D|%0A|%3A|%2C)*"
GRAMMAR = re.compile(rf"^::(error|warning|notice) {PROPERTY}(?:,{PROPERTY})*::"
                     r"(?:[^%\r\n]|%25|%0D|%0A)*$")


def test_escaping_follows_the_grammar_exactly() -> None:
    d = Diagnostic("NZ151", Severity.ERROR, "collections/a,b:c%.yaml", 3, 5,
                   "100% sure: `X`, really\r\nsecond line", hint="fix: this, now")
    assert command(d, "Members exist, really: yes") == (
        "::error file=collections/a%2Cb%3Ac%25.yaml,line=3,col=5,"
        "title=NZ151 Members exist%2C really%3A yes"
        "::100%25 sure: `X`, really\\x0d\\x0asecond line%0Ahint: fix: this, now"
    )


def test_whole_file_finding_has_no_line() -> None:
    d = Diagnostic("NZ007", Severity.WARNING, "collections/x.yaml", 0, 0, "empty")
    assert command(d, "") == "::warning file=collections/x.yaml,title=NZ007::empty"


def test_cli_lines_match_the_grammar(findings_repo: Path) -> None:
    run = nzconfig("validate", findings_repo, "--format", "github")
    assert run.code == 1
    commands = [line for line in run.stdout.splitlines() if line.startswith("::")]
    assert len(commands) == len(EXPECTED)
    for line in commands:
        assert GRAMMAR.match(line), line
    assert "::error file=collections/books-tst.yaml,line=6,col=3,title=NZ151 " in run.stdout
    assert run.stdout.splitlines()[-1].startswith("2 errors, 1 warning")


def test_chosen_automatically_under_github_actions(findings_repo: Path) -> None:
    auto = nzconfig("validate", findings_repo, env={"GITHUB_ACTIONS": "true"})
    assert auto.stdout == nzconfig("validate", findings_repo, "--format", "github").stdout
    text = nzconfig("validate", findings_repo, "--format", "text",
                    env={"GITHUB_ACTIONS": "true"})
    assert not text.stdout.startswith("::")
    assert not nzconfig("validate", findings_repo).stdout.startswith("::")


def test_paths_start_at_the_workspace(findings_repo: Path) -> None:
    run = nzconfig("validate", findings_repo, "--format", "github",
                   env={"GITHUB_WORKSPACE": str(findings_repo.parent)})
    assert "::error file=repo/collections/books-tst.yaml,line=6,col=3," in run.stdout
    same = nzconfig("validate", findings_repo, "--format", "github",
                    env={"GITHUB_WORKSPACE": str(findings_repo)})
    assert "::error file=collections/books-tst.yaml,line=6,col=3," in same.stdout
