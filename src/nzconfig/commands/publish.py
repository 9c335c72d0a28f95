"""``nzconfig publish confluence``: the rendered pages as pages of a Confluence space."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import click

from nzconfig.commands.common import repo_argument, repository
from nzconfig.core.wording import plural


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
    from nzconfig.core.diagnostics import Severity
    from nzconfig.core.errors import FatalError
    from nzconfig.engine.validate import validate
    from nzconfig.render import run, storage
    from nzconfig.services.confluence import Confluence, ConfluenceError, Credentials
    from nzconfig.services.confluence_sync import Document
    from nzconfig.services.confluence_sync import publish as sync

    repo = repository(repo, repo_option)
    outcome = validate(repo)
    errors = [d for d in outcome.diagnostics if d.severity >= Severity.ERROR]
    if errors and not force:
        for d in errors:
            click.echo(d.text(), err=True)
        click.echo(f"nzconfig: publish refused: {repo} has {plural(len(errors), 'error')}; "
                   "fix them, or use --force", err=True)
        raise SystemExit(1)
    message = f"nzconfig publish from {_commit(repo)}"
    documents = (Document(p.title, p.body)
                 for p in storage.pages(run.rendered(repo, outcome)))
    try:
        credentials = Credentials.from_env(os.environ, url)
        with Confluence(credentials) as client:
            actions = sync(client, space, parent, documents, message, force=force,
                           dry_run=dry_run)
    except ConfluenceError as exc:
        raise FatalError(exc.message) from exc
    for a in actions:
        click.echo(f"{a.verb} {a.title}{chr(10) + '  ' + a.why if a.why else ''}")
    counts = {verb: sum(a.verb == verb for a in actions)
              for verb in ("create", "update", "leave", "refuse", "stale")}
    would = "would " if dry_run else ""
    click.echo(f"{credentials.url} space {space}: {would}create {counts['create']}, "
               f"{would}update {counts['update']}, leave {counts['leave']}, "
               f"refused {counts['refuse']}, stale {counts['stale']}")
    if counts["refuse"]:
        raise SystemExit(1)


def _commit(repo: Path) -> str:
    """The commit the pages come from, for each version's message."""
    try:
        done = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short=12", "HEAD"],
                              capture_output=True, text=True, check=False, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return "a working tree (git unavailable)"
    commit = done.stdout.strip()
    if done.returncode or not commit:
        return "a working tree that is not a git checkout"
    dirty = subprocess.run(["git", "-C", str(repo), "status", "--porcelain", "--", "."],
                           capture_output=True, text=True, check=False, timeout=30)
    return f"commit {commit}{' with uncommitted changes' if dirty.stdout.strip() else ''}"
