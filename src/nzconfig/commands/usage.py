"""``nzconfig usage``: members' COUNTER usage reports into the cost files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from nzconfig.commands.common import repo_argument, repository
from nzconfig.core.wording import plural

if TYPE_CHECKING:
    from nzconfig.core.diagnostics import Diagnostic
    from nzconfig.engine.config import RuleConfig


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
    from nzconfig.core.diagnostics import Severity, sort_diagnostics
    from nzconfig.core.errors import FatalError
    from nzconfig.domain.costs import select
    from nzconfig.domain.counter import ids, importing
    from nzconfig.domain.counter.policy import usage_policy
    from nzconfig.edit import usage_import
    from nzconfig.engine.validate import validate

    for fiscal_year in years:
        if not (len(fiscal_year) == 4 and fiscal_year.isdigit()):
            raise click.BadParameter(f"`{fiscal_year}` is not a fiscal year (e.g. 2024)",
                                     param_hint="--year")
    repo = repository(repo, None)
    outcome = validate(repo)
    network = outcome.network
    # What the import reads must load and meet its schema (the built-in checks NZ0xx and
    # NZ1xx): the cost file, the institutions and the policies. Findings of the rules (the
    # cost formula's among them: no usage yet is why one imports) do not stop it.
    blocking = [d for d in outcome.diagnostics if d.severity >= Severity.ERROR
                and d.file.startswith(("institutions/", "policies/", "costs/"))
                and int(d.rule[2:]) < 150]
    if blocking:
        for d in blocking:
            click.echo(d.text(), err=True)
        raise FatalError("the repository's cost, institution or policy files do not load; "
                         "fix them first")
    resource = select.find(network, resource_id)
    policy = usage_policy(network)
    metric = policy.metric(resource.usage_metric)
    if metric is None:
        d = resource.doc.diagnostic(
            ids.METRIC, Severity.ERROR, ("usage_metric",), f"`{resource.usage_metric}` "
            "has no COUNTER Metric_Type", "map it in policies/usage.yaml `metrics`, e.g. "
            "`Book & Chapter Downloads: Unique_Title_Requests`")
        click.echo(d.text(), err=True)
        raise SystemExit(1)
    result = importing.Outcome()
    selection = importing.Selection.of(resource.doc.data)
    read = importing.read_reports([(p, str(p)) for p in reports], network, metric, selection,
                                  result)
    result.diagnostics = _configured(result.diagnostics, outcome.configs)
    if not any(d.severity >= Severity.ERROR for d in result.diagnostics):
        importing.plan(resource, policy, metric, read, years, result)
        result.diagnostics = _configured(result.diagnostics, outcome.configs)
    shown = sort_diagnostics(result.diagnostics)
    for d in shown:
        click.echo(d.text(), err=True)
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    if any(d.severity >= Severity.ERROR for d in shown):
        click.echo("nzconfig: nothing written", err=True)
        raise SystemExit(1)
    if not result.years:
        click.echo("nzconfig: no fiscal year is covered by the reports; nothing written",
                   err=True)
        raise SystemExit(1)
    doc = usage_import.edited(repo / resource.file, resource.file, result.years)
    summary = ", ".join(f"{y.fiscal_year} ({plural(len(y.figures), 'member')})"
                        for y in result.years)
    if dry_run:
        click.echo(doc.diff(), nl=False)
        return
    if usage_import.write(doc):
        click.echo(f"{resource.file}: usage ({metric}) for {summary}")
    else:
        click.echo(f"{resource.file}: unchanged (usage for {summary} as imported before)")


def _configured(found: list[Diagnostic], configs: dict[str, RuleConfig]) -> list[Diagnostic]:
    """The import's findings as policies/rules.yaml sets them (switched off, or at another
    severity, as validate reports them): only those that leave a sound figure to write. A
    report that cannot be read or attributed, or a year it does not cover, stops the import
    whatever the configuration."""
    from nzconfig.domain.counter.importing import CONFIGURABLE

    out = []
    for d in found:
        config = configs.get(d.rule)
        if config is None or d.rule not in CONFIGURABLE:
            out.append(d)
        elif config.enabled:
            out.append(replace(d, severity=config.severity))
    return out


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
    from nzconfig.core.errors import FatalError
    from nzconfig.core.fsutil import write_atomic
    from nzconfig.domain.costs import select
    from nzconfig.domain.counter.policy import usage_policy
    from nzconfig.domain.counter.provenance import participants
    from nzconfig.engine.validate import validate
    from nzconfig.services import sushi

    if not (len(fiscal_year) == 4 and fiscal_year.isdigit()):
        raise click.BadParameter(f"`{fiscal_year}` is not a fiscal year (e.g. 2024)",
                                 param_hint="--year")
    repo = repository(repo, repo_option)
    network = validate(repo).network
    resource = select.find(network, resource_id)
    block = (resource.doc.data.get("counter") or {}).get("sushi")
    if not block:
        raise FatalError(f"{resource.file} has no `counter.sushi` block: nothing says where "
                         "to harvest (docs/usage.md)")
    account = sushi.Account.of(block)
    months = usage_policy(network).months(fiscal_year)
    chosen = members or participants(resource, fiscal_year)
    prefix = account.platform_id.casefold() + ":"
    harvested: dict[Path, bytes] = {}
    try:
        creds = sushi.credentials(account.platform_id)
        customers: dict[str, str] = {}
        for code in chosen:  # every customer ID first: a missing one costs no request
            institution = network.institutions.get(code)
            ids = (institution.data.get("counter_ids") or ()) if institution else ()
            customer = next((str(i)[len(prefix):] for i in ids
                             if str(i).casefold().startswith(prefix)), None)
            if customer is None:
                raise sushi.SushiError(f"`{code}` has no customer ID for `{account.platform_id}`:"
                                       f" add `{account.platform_id}:...` to its counter_ids")
            customers[code] = customer
        for code, customer in customers.items():
            body = sushi.fetch_report(account, customer, months[0], months[-1], creds)
            harvested[out / f"{resource.id}-{fiscal_year}-{code}.json"] = body
            click.echo(f"{code}: {account.report} {months[0]} to {months[-1]}, "
                       f"{len(body):,} bytes")
    except sushi.SushiError as exc:
        click.echo(f"nzconfig: {exc}", err=True)
        click.echo("nzconfig: nothing saved", err=True)
        raise SystemExit(1) from None
    for path, body in sorted(harvested.items()):
        write_atomic(path, body)
    click.echo(f"saved {len(harvested)} reports in {out}; import them with: nzconfig usage "
               f"import {out}/{resource.id}-{fiscal_year}-*.json --resource {resource.id}")
