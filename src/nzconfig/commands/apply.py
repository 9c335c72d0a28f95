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
    from nzconfig.services.alma import apply as act
    from nzconfig.services.alma.compare import differences
    from nzconfig.services.alma.journal import Journal, applied, default_path
    from nzconfig.services.alma.keys import scrub, scrubbed
    from nzconfig.services.alma.session import open_repository

    repo = repository(repo, repo_option)
    with scrubbed():
        session = open_repository(repo)
        if yes and undo is None and not allow_dirty:
            act.require_clean(repo)  # before any request: local edits are not a merge
        if undo is not None:
            plan = act.inverse(applied(undo))
        else:
            snapshot = session.snapshot()
            plan = act.plan(differences(session.network, snapshot), len(snapshot.collections))
        click.echo(scrub(plan.text()), nl=False)
        if not yes:
            if plan.changes:
                click.echo("apply: nothing written; run with --yes to make these changes")
            return
        if undo is None and not force:
            act.guard(plan, session.settings)
        if not plan.changes:
            return
        path = journal or default_path(repo)
        click.echo(f"journal: {path}")
        with Journal(path) as log, session.client() as client:
            run = act.execute(plan, client, session.settings, log)
        click.echo(scrub(run.text()), nl=False)
    raise SystemExit(1 if run.refused else 0)
