"""``nzconfig validate``: load, schema-check and run every rule; print the findings."""

from __future__ import annotations

from pathlib import Path

import click

from nzconfig.commands.common import emit, report_options, repository
from nzconfig.core.diagnostics import Severity, exit_code


@click.command()
@report_options("validate")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default="error",
              show_default=True, help="Lowest severity that makes the exit code 1.")
@click.option("--min-severity", type=click.Choice(["notice", "warning", "error"]),
              default="notice", show_default=True,
              help="Lowest severity reported (warning: leave out notices, which say what "
                   "cannot be checked and need no action).")
def validate(repo: Path | None, repo_option: Path | None, format_: str | None,
             output: Path | None, fail_on: str, min_severity: str) -> None:
    """Check the repository REPO (default: the one the current folder is in).

    Exit codes: 0 no errors, 1 errors found, 2 the tool could not run.
    """
    from nzconfig import report
    from nzconfig.engine.validate import validate as run

    outcome = run(repository(repo, repo_option))
    reporter = report.get(format_ or report.default_format())
    emit(reporter(outcome.at_least(Severity.parse(min_severity))), output)
    raise SystemExit(exit_code(outcome.diagnostics, Severity.parse(fail_on)))

