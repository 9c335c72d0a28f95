"""``nzconfig member remove CODE`` and ``member rename OLD NEW``: a member's code in every
file that uses it, in one all-or-nothing edit."""

from __future__ import annotations

import re
from pathlib import Path

import click

from nzconfig.commands.common import repo_argument, repository

_CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")


def _code(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not _CODE.match(value):
        raise click.BadParameter(f"`{value}` is not a member code (upper-case letters, digits "
                                 "and _, starting with a letter, e.g. GWALAW)")
    return value


DRY_RUN = click.option("--dry-run", is_flag=True,
                       help="Change nothing; print the edit as a unified diff.")


@click.group()
def member() -> None:
    """Remove or rename a member institution everywhere it is named."""


@member.command()
@click.argument("code", callback=_code)
@repo_argument
@DRY_RUN
def remove(code: str, repo: Path | None, repo_option: Path | None, dry_run: bool) -> None:
    """Remove member CODE: its institution file, and CODE from every collection's Group
    Settings, CDI overrides and open-access decisions, cost shares, licences and waivers.

    Exit codes: 0 done, 2 could not run (nothing is written then).
    """
    _run(repository(repo, repo_option), code, None, dry_run)


@member.command()
@click.argument("old", callback=_code)
@click.argument("new", callback=_code)
@repo_argument
@DRY_RUN
def rename(old: str, new: str, repo: Path | None, repo_option: Path | None,
           dry_run: bool) -> None:
    """Rename member OLD to NEW everywhere (its file becomes institutions/NEW.yaml).

    Exit codes: 0 done, 2 could not run (nothing is written then).
    """
    if old == new:
        raise click.BadParameter("OLD and NEW are the same code")
    _run(repository(repo, repo_option), old, new, dry_run)


def _run(repo: Path, old: str, new: str | None, dry_run: bool) -> None:
    from nzconfig.edit import members

    raise SystemExit(members.change(repo, old, new, click.echo, dry_run=dry_run))
