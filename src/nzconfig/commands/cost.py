"""``nzconfig cost``: a shared resource's cost shares (seed 003's table), or the consortium's."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from nzconfig.commands.common import (
    EXIT_FINDINGS,
    emit,
    format_option,
    repo_argument,
    repository,
)
from nzconfig.core.diagnostics import Severity

if TYPE_CHECKING:
    from nzconfig.domain.costs.formula import Problem
    from nzconfig.engine.validate import Outcome

@click.command()
@click.argument("resource", required=False)
@repo_argument
@click.option("--year", "year", metavar="FY",
              help="Fiscal year (as in the cost file, e.g. 2024). Default: the latest.")
@format_option("cost", "text for people; csv and json for the finance office.")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write to this file instead of standard output.")
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
    from nzconfig.domain.costs import output as out
    from nzconfig.domain.costs import select
    from nzconfig.engine.validate import validate

    outcome = validate(repository(repo, repo_option))
    network = outcome.network
    # A cost file that broke its schema is not in the Network: say so rather than "no such
    # resource", or a consortium total that silently leaves it out.
    broken = {d.file for d in outcome.diagnostics
              if d.file.startswith("costs/") and d.severity >= Severity.ERROR}
    if resource is not None:
        stem = resource.removesuffix(".yaml")
        _report(outcome, broken & {f"costs/{stem}.yaml", f"costs/{stem}.yml"}, [], True,
                only_if_errors=True)
        chosen = select.find(network, resource)
        fiscal_year = select.year_of(chosen, year)
        table, problems = select.resource_report(network, chosen, fiscal_year)
        # When it fails, a broken cost file (its surrogate's, say) may be why: show those too.
        _report(outcome, {chosen.file} | (broken if table is None else set()), problems,
                table is None)
        assert table is not None
        text = {"text": out.text, "csv": out.csv_text, "json": out.json_text}[format_](table)
    else:
        _report(outcome, broken, [], True, only_if_errors=True)
        fiscal_year, tables, problems, failed = select.consortium_report(network, year)
        files = {r.shares.resource.file for t in tables for r in t.resources}
        _report(outcome, files | {r.file for r in failed}, problems, bool(failed))
        if format_ == "csv":
            text = out.consortium_csv(tables)
        elif format_ == "json":
            text = out.consortium_json(tables, fiscal_year)
        else:
            text = out.consortium_text(tables, fiscal_year)
    emit(text, output)


def _report(outcome: Outcome, files: set[str], problems: list[Problem], failed: bool, *,
            only_if_errors: bool = False) -> None:
    """Print the validation findings on ``files``; stop (exit 1) when nothing can be shown.

    Findings come from the validation run, so policies/rules.yaml severities and waivers
    apply; if the shares still cannot be computed (a cost rule switched off), the
    computation's own problems are printed as errors.
    """
    shown = [d for d in outcome.diagnostics if d.file in files]
    if only_if_errors and not shown:
        return
    for d in shown:
        click.echo(d.text(), err=True)
    if not failed:
        return
    if not any(d.severity >= Severity.ERROR for d in shown):
        for p in problems:
            click.echo(p.doc.diagnostic(p.rule, Severity.ERROR, p.path, p.message, p.hint,
                                        at_key=p.at_key).text(), err=True)
    click.echo("nzconfig: the cost shares cannot be computed; fix the errors above", err=True)
    raise SystemExit(EXIT_FINDINGS)
