"""``nzconfig pull [REPO]``: Alma's Network Zone written into the repository, then validated."""

from __future__ import annotations

from pathlib import Path

import click

from nzconfig.commands.common import repo_argument, repository


@click.command()
@repo_argument
@click.option("--dry-run", is_flag=True,
              help="Write nothing; print the unified diff the pull would write.")
def pull(repo: Path | None, repo_option: Path | None, dry_run: bool) -> None:
    """Read the Network Zone's electronic collections (and each member's
    cdi_consortia_inheritance, with the member's own key) and write the fields Alma owns
    into the repository REPO, keeping comments and every other field. New collections
    become new files; collections Alma lacks are reported, never deleted. All files or
    none are written. Then validate the result.

    Key: $ALMA_API_KEY or $ALMA_API_KEY_FILE (read-only Electronic is enough); members'
    keys: $ALMA_API_KEY_<CODE>. Exit codes as validate; 2 when Alma cannot be read.
    """
    from nzconfig.services.alma.pull import pull_repository

    raise SystemExit(pull_repository(repository(repo, repo_option), click.echo,
                                     dry_run=dry_run))
