"""``nzconfig import-table``: the wiki table (as CSV) becomes one YAML file per collection."""

from __future__ import annotations

from pathlib import Path

import click

from nzconfig.commands.common import repo_argument, repository


@click.command("import-table")
@click.argument("table", type=click.Path(path_type=Path, dir_okay=False))
@repo_argument
@click.option("--suffix", default=None,
              help="Network name suffix (default: name_suffix in policies/network.yaml).")
@click.option("--force", is_flag=True, help="Overwrite collection files that exist.")
def import_table(table: Path, repo: Path | None, repo_option: Path | None, suffix: str | None,
                 force: bool) -> None:
    """Write collections/*.yaml from TABLE, a CSV export of the shared-collections table,
    into the repository REPO (default: the one the current folder is in).

    Nothing is written if any row is unparseable or any file exists (without --force).
    Exit codes: 0 written, 1 rows or files refused, 2 the tool could not run.
    """
    from nzconfig.edit.table_import import import_table as run

    raise SystemExit(run(repository(repo, repo_option), table, click.echo, suffix=suffix,
                         force=force))
