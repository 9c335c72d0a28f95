"""``nzconfig apply [REPO]``: the changes a merge implies, made in Alma (only with --yes)."""

from __future__ import annotations

from pathlib import Path

import click

from nzconfig.commands.common import repo_argument, repository


@click.command()
@repo_argument
@click.option("--yes", is_flag=True, help="Make the changes; without it nothing is written.")
@click.option("--force", is_flag=True, help="Apply a plan beyond the guard's bounds.")
@click.option("--allow-dirty", is_flag=True,
              help="Apply although tracked files have uncommitted changes.")
@click.option("--undo", "undo", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="Put back the values a previous run's JOURNAL replaced.")
@click.option("--journal", type=click.Path(path_type=Path, dir_okay=False),
              help="Where to write the journal (default: REPO/.nzconfig/alma-apply-TIME.jsonl).")
def apply(repo: Path | None, repo_option: Path | None, yes: bool, force: bool,
          allow_dirty: bool, undo: Path | None, journal: Path | None) -> None:
    """Make Alma's Network Zone match the repository REPO. Without --yes, print the exact
    changes (collection, field, Alma's value → the repository's) and those the API cannot
    make, and write nothing. With --yes, per collection: read it, refuse it if Alma changed
    since the plan, write the whole object, read it again to confirm; every call goes into
    a JSON-lines journal. A plan changing more than the guard allows (policies/alma.yaml)
    is refused unless --force.

    Key: $ALMA_API_KEY with read/write Electronic permission. Exit codes: 0 applied (or
    nothing to do), 1 a collection refused, 2 refused or failed (the report says what was
    applied).
    """
    from nzconfig.services.alma.apply import apply_repository

    raise SystemExit(apply_repository(repository(repo, repo_option), click.echo, yes=yes,
                                      force=force, allow_dirty=allow_dirty, undo=undo,
                                      journal=journal))
