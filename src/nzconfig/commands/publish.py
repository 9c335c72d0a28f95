"""``nzconfig publish confluence``: the rendered pages as pages of a Confluence space."""

from __future__ import annotations

from pathlib import Path

import click

from nzconfig.commands.common import repo_argument, repository


@click.group()
def publish() -> None:
    """Publish the rendered pages to a wiki."""


@publish.command()
@repo_argument
@click.option("--space", required=True, help="The key of the Confluence space.")
@click.option("--parent", required=True,
              help="The page the pages go under: its id, or its title in the space.")
@click.option("--url", help="Confluence's address (default: $CONFLUENCE_URL). Cloud: "
                            "https://SITE.atlassian.net/wiki; Data Center: the site's address.")
@click.option("--dry-run", is_flag=True,
              help="Change nothing; list what would be created, updated and left.")
@click.option("--force", is_flag=True,
              help="Overwrite pages a person edited since the last publish, and publish "
                   "despite errors in the repository.")
def confluence(repo: Path | None, repo_option: Path | None, space: str, parent: str,
               url: str | None, dry_run: bool, force: bool) -> None:
    """Publish the pages of the repository REPO under a parent page of a Confluence space.

    Creates the pages that are missing, updates only those whose content changed (each
    version's message names the commit), leaves the rest, and refuses to overwrite a page
    someone edited in Confluence since nzconfig published it (unless --force).
    Credentials come from the environment: CONFLUENCE_TOKEN, and CONFLUENCE_USER for Cloud.

    Exit codes: 0 done, 1 a page was refused or the repository has errors, 2 the tool could
    not run (no credentials, Confluence unreachable or refusing them).
    """
    from nzconfig.services.confluence_sync import from_repository

    raise SystemExit(from_repository(repository(repo, repo_option), space, parent, url,
                                     click.echo, dry_run=dry_run, force=force))
