"""``nzconfig render``: the wiki table, member checklists and reports, or ``--check`` them."""

from __future__ import annotations

import os
from pathlib import Path

import click

from nzconfig.commands.common import EXIT_FINDINGS, repo_argument, repository


@click.command()
@repo_argument
@click.option("--out", "out", required=True, type=click.Path(path_type=Path),
              help="Folder to write the pages into (created if missing).")
@click.option("--check", is_flag=True,
              help="Write nothing; exit 1 naming each page that is missing, differs or is "
                   "stale.")
@click.option("--force", is_flag=True, help="Render even when the repository has errors.")
@click.option("--stamp", is_flag=True,
              help="Put the time of the render on each page (SOURCE_DATE_EPOCH if set). "
                   "Without it the pages are byte-for-byte reproducible.")
def render(repo: Path | None, repo_option: Path | None, out: Path, check: bool, force: bool,
           stamp: bool) -> None:
    """Render the pages for the repository REPO (default: the one the current folder is in)
    into --out.

    Exit codes: 0 done (or up to date), 1 the repository has errors (without --force) or
    --check found stale pages, 2 the tool could not run.
    """
    from nzconfig.core.diagnostics import Severity
    from nzconfig.core.wording import plural
    from nzconfig.engine.validate import validate
    from nzconfig.render import output, run

    if check and stamp and not os.environ.get("SOURCE_DATE_EPOCH"):
        raise click.UsageError("--check with --stamp needs SOURCE_DATE_EPOCH (the time to "
                               "compare against)")
    from nzconfig.loading.repo import READ_FOLDERS

    repo = repository(repo, repo_option)
    output.check_out(out, repo, READ_FOLDERS)
    outcome = validate(repo)
    errors = [d for d in outcome.diagnostics if d.severity >= Severity.ERROR]
    if errors and not force:
        for d in errors:
            click.echo(d.text(), err=True)
        click.echo(f"nzconfig: render refused: {repo} has {plural(len(errors), 'error')} "
                   f"(see `nzconfig validate {repo}`); "
                   "fix them, or use --force to render anyway", err=True)
        raise SystemExit(EXIT_FINDINGS)
    if errors:
        click.echo(f"nzconfig: warning: rendering {repo} despite {plural(len(errors), 'error')} "
                   "(--force); the validation summary "
                   "lists them", err=True)
    produced = run.rendered(repo, outcome, run.stamp_now() if stamp else "")
    count = len(produced.paths) + 1  # and the manifest
    if check:
        plan = output.plan(out, produced)
        for path in plan.missing:
            click.echo(f"{out / path}: missing")
        for path in plan.differing:
            click.echo(f"{out / path}: differs")
        for path in plan.stale:
            click.echo(f"{out / path}: stale (no longer produced)")
        if not plan.clean:
            stale = len(plan.missing) + len(plan.differing) + len(plan.stale)
            click.echo(f"nzconfig: {plural(stale, 'page')} out of date in "
                       f"{out}; run `nzconfig render {repo} --out {out}`", err=True)
            raise SystemExit(EXIT_FINDINGS)
        click.echo(f"{out}: up to date ({count} files)")
        return
    plan = output.write(out, produced)
    written = len(plan.missing) + len(plan.differing)
    click.echo(f"{out}: {count} files, {written} written, {len(plan.unchanged)} "
               f"unchanged, {len(plan.stale)} removed")
