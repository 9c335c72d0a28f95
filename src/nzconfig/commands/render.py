"""``nzconfig render``: the wiki table, member checklists and reports, or ``--check`` them."""

from __future__ import annotations

import os
from pathlib import Path

import click

from nzconfig.commands.common import repo_argument, repository


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
    from nzconfig.render import run

    if check and stamp and not os.environ.get("SOURCE_DATE_EPOCH"):
        raise click.UsageError("--check with --stamp needs SOURCE_DATE_EPOCH (the time to "
                               "compare against)")
    raise SystemExit(run.to_folder(repository(repo, repo_option), out, click.echo, check=check,
                                   force=force, stamp=stamp))
