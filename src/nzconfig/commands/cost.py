"""``nzconfig cost``: a shared resource's cost shares (seed 003's table), or the consortium's."""

from __future__ import annotations

from pathlib import Path

import click

from nzconfig.commands.common import (
    EXIT_FINDINGS,
    emit,
    format_option,
    output_option,
    repo_argument,
    repository,
)


@click.command()
@click.argument("resource", required=False)
@repo_argument
@click.option("--year", "year", metavar="FY",
              help="Fiscal year (as in the cost file, e.g. 2024). Default: the latest.")
@format_option("cost", "text for people; csv and json for the finance office.")
@output_option()
def cost(resource: str | None, repo: Path | None, repo_option: Path | None, year: str | None,
         format_: str, output: Path | None) -> None:
    """Print the cost shares of the shared resource RESOURCE (its file name in costs/
    without .yaml, or its name) for a fiscal year: the CCC table of seed 003. Without
    RESOURCE, every member's total across the resources invoiced in the year. REPO: the
    repository (default: the one the current folder is in).

    Findings of the cost rules (NZ301-NZ309) on the cost files used are printed on standard
    error. Exit codes: 0 done, 1 the shares cannot be computed (errors), 2 the tool could not
    run (no such resource or year).
    """
    from nzconfig.domain.costs.report import CANNOT, cost_report
    from nzconfig.engine.validate import validate
    from nzconfig.rules.cost_explain import explain

    outcome = validate(repository(repo, repo_option))
    report = cost_report(outcome.network, outcome.diagnostics, resource, year, format_, explain)
    for d in report.findings:
        click.echo(d.text(), err=True)
    if report.text is None:
        click.echo(f"nzconfig: {CANNOT}", err=True)
        raise SystemExit(EXIT_FINDINGS)
    emit(report.text, output)
