"""``nzconfig usage``: members' COUNTER usage reports into the cost files."""

from __future__ import annotations

from pathlib import Path

import click

from nzconfig.commands.common import repo_argument, repository


def _fiscal_years(*given: str) -> None:
    for fiscal_year in given:
        if not (len(fiscal_year) == 4 and fiscal_year.isdigit()):
            raise click.BadParameter(f"`{fiscal_year}` is not a fiscal year (e.g. 2024)",
                                     param_hint="--year")


@click.group()
def usage() -> None:
    """Usage from COUNTER Release 5 and 5.1 reports (docs/usage.md)."""


@usage.command("import")
@click.argument("reports", nargs=-1, required=True,
                type=click.Path(path_type=Path, dir_okay=False))
@click.option("--resource", "resource_id", required=True, metavar="ID",
              help="The shared resource: its file name in costs/ without .yaml, or its name.")
@click.option("--year", "years", multiple=True, metavar="FY",
              help="Write only this fiscal year (repeatable). Default: every fiscal year "
                   "the reports cover completely.")
@click.option("--repo", "repo", default=None, type=click.Path(path_type=Path, file_okay=False),
              help="The repository (default: the one the current folder is in). An option "
                   "here, not a last argument: REPORT... takes every argument.")
@click.option("--dry-run", is_flag=True, help="Print the change as a diff; write nothing.")
def import_(reports: tuple[Path, ...], resource_id: str, years: tuple[str, ...],
            repo: Path | None, dry_run: bool) -> None:
    """Read members' COUNTER reports (REPORTS: TSV, CSV, Excel or SUSHI JSON; R5 or R5.1 Title,
    Database or Platform Reports) and write the resource's usage by fiscal year, with where
    it came from, into costs/ID.yaml.

    Each report is attributed to a member by its Institution_ID (the member's
    `counter_ids`); the metric is the resource's `usage_metric` mapped in
    policies/usage.yaml. All or nothing: any error (a malformed report, a report of no
    member, a fiscal year not covered) and nothing is written. Exit codes: 0 written or
    unchanged, 1 errors, 2 the tool could not run.
    """
    from nzconfig.edit.usage_import import import_reports

    _fiscal_years(*years)
    raise SystemExit(import_reports(repository(repo, None), reports, resource_id, years,
                                    click.echo, dry_run=dry_run))


@usage.command("fetch")
@click.option("--resource", "resource_id", required=True, metavar="ID",
              help="The shared resource: its file name in costs/ without .yaml, or its name.")
@click.option("--year", "fiscal_year", required=True, metavar="FY",
              help="The fiscal year to harvest (its months from policies/usage.yaml).")
@click.option("--member", "members", multiple=True, metavar="CODE",
              help="Only this member (repeatable). Default: the year's participants.")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder the reports are saved in (as ID-FY-MEMBER.json).")
@repo_argument
def fetch(resource_id: str, fiscal_year: str, members: tuple[str, ...], out: Path,
          repo: Path | None, repo_option: Path | None) -> None:
    """Harvest each member's report for a fiscal year through the COUNTER_SUSHI API, as the
    cost file's `counter.sushi` block says, and save it; import the saved files with
    `nzconfig usage import`. A member's customer ID is its `counter_ids` entry in the
    provider's namespace (`platform_id`). Credentials: NZCONFIG_SUSHI_<PLATFORM_ID>_REQUESTOR_ID
    and NZCONFIG_SUSHI_<PLATFORM_ID>_API_KEY, never printed.

    All or nothing: the reports are saved only when every member's was harvested. Exit
    codes: 0 saved, 1 a report could not be harvested, 2 the tool could not run.
    """
    from nzconfig.services.sushi import harvest

    _fiscal_years(fiscal_year)
    raise SystemExit(harvest(repository(repo, repo_option), resource_id, fiscal_year, members,
                             out, click.echo))
