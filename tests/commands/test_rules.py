"""`nzconfig rules`: the catalogue as a table or as docs/rules.md's Markdown."""

from __future__ import annotations

from nzconfig.report.rules_doc import markdown
from tests.support.cli import run_cli


def test_the_rules_command_lists_the_rules_and_prints_the_markdown() -> None:
    done = run_cli("rules")
    assert done.code == 0
    lines = done.stdout.splitlines()
    assert any(line.startswith("NZ201  error    cdi-matrix") for line in lines)
    assert lines[lines.index(next(x for x in lines if x.startswith("NZ206"))) + 1].split() == [
        "params:", "case_sensitive=true"]
    assert run_cli("rules", "--format", "markdown").stdout == markdown()


def test_an_unknown_format_is_a_usage_error() -> None:
    done = run_cli("rules", "--format", "html")
    assert done.code == 2 and "html" in done.stderr and done.stdout == ""
