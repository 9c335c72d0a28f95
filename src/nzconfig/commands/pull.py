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
    from nzconfig.core.diagnostics import exit_code
    from nzconfig.services.alma.keys import scrub, scrubbed

    repo = repository(repo, repo_option)
    with scrubbed():
        lines, diffs = _pull(repo, dry_run)
        if dry_run:
            click.echo(scrub(diffs), nl=False)
            for line in lines:
                click.echo(scrub(line), err=True)
            return
        for line in lines:
            click.echo(scrub(line))
        # Alma's side and the edited files are let go by now: validate loads afresh.
        from nzconfig import report
        from nzconfig.engine.validate import validate

        outcome = validate(repo)
        click.echo(scrub(report.get("text")(outcome)), nl=False)
    raise SystemExit(exit_code(outcome.diagnostics))


def _pull(repo: Path, dry_run: bool) -> tuple[list[str], str]:
    """Read Alma, edit the files, write them (unless ``dry_run``); the report's lines and,
    for a dry run, the diff."""
    from nzconfig.edit.yaml_writer import write_files
    from nzconfig.services.alma.pull import pull
    from nzconfig.services.alma.session import editable_collections, open_repository

    session = open_repository(repo)
    snapshot = session.snapshot()
    result = pull(repo, session.network, snapshot, editable_collections(session),
                  diff=dry_run)
    if not dry_run:
        write_files(result.files)
    lines = [f"{d.file}: {d.message}" for d in result.kept]
    if snapshot.unchecked:
        lines.append(f"pull: not read (no ALMA_API_KEY_<CODE>): {', '.join(snapshot.unchecked)}")
    lines.append(f"pull: {len(snapshot.collections)} collections read from Alma "
                 f"({snapshot.requests} requests); {len(result.files)} files "
                 + ("would change" if dry_run else "changed") + f" ({result.new} new)")
    return lines, "".join(result.diffs[f] for f in sorted(result.diffs))
