"""``nzconfig fmt``: every data file in its canonical form (nzconfig.edit.fmt)."""

from __future__ import annotations

from pathlib import Path

import click

from nzconfig.commands.common import repository


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, exists=True))
@click.option("--repo", "-C", "repo", default=None,
              type=click.Path(path_type=Path, file_okay=False),
              help="The repository the files belong to (default: the one the current folder "
                   "is in). An option here: PATHS takes every argument.")
@click.option("--check", is_flag=True,
              help="Write nothing; exit 1 naming each file that is not in canonical form.")
@click.option("--diff", "show_diff", is_flag=True, help="Print the changes as a unified diff.")
def fmt(paths: tuple[Path, ...], repo: Path | None, check: bool, show_diff: bool) -> None:
    """Put the data files (all of REPO's, or those under PATHS) in canonical form: keys in
    the schema's order, member lists sorted, consistent quoting; comments are kept.

    Exit codes: 0 formatted (or, with --check, nothing to change), 1 --check found files to
    format, 2 the tool could not run (nothing is written then).
    """
    from nzconfig.edit import fmt as formatter

    raise SystemExit(formatter.format_files(repository(repo, None), paths, click.echo,
                                            check=check, show_diff=show_diff))
