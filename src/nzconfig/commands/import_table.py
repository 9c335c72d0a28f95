"""``nzconfig import-table``: the wiki table (as CSV) becomes one YAML file per collection."""

from __future__ import annotations

from pathlib import Path

import click

from nzconfig.commands.common import EXIT_FINDINGS, repo_argument, repository


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
    from nzconfig.edit import table_import

    repo = repository(repo, repo_option)
    network = table_import.network_policy(repo)
    header = table_import.editor_header(network)
    if suffix is None:
        suffix = table_import.name_suffix(network)
    text = table_import.read_table(table)
    rows, problems = table_import.parse_table(text, str(table), suffix)
    planned, refused = table_import.plan(rows, repo / "collections", str(table), force)
    for d in [*problems, *refused]:
        click.echo(d.text(), err=True)
    if problems or refused:
        click.echo("nothing written", err=True)
        raise SystemExit(EXIT_FINDINGS)
    overwritten = [(item, _lost(item.path, item.data)) for item in planned
                   if item.path.exists()]
    for item, lost in overwritten:
        click.echo(f"collections/{item.path.name}: overwritten (--force)"
                   f"{'; lost: ' + ', '.join(lost) if lost else ''}", err=True)
    table_import.write(planned, repo / "collections", header)
    click.echo(f"wrote {len(planned)} collection files to {repo / 'collections'}"
               f"{f', {len(overwritten)} of them overwritten' if overwritten else ''}")


def _lost(path: Path, new: dict[str, object]) -> list[str]:
    """What overwriting ``path`` with ``new`` loses: keys the table has no column for (the
    hand-curated `linking`, `cdi`, `approval`...), changed values, and comments."""
    from nzconfig.loading.loader import Document, load_file

    loaded = load_file(path, f"collections/{path.name}")
    if not isinstance(loaded, Document):
        return ["a file that does not load"]
    lost = [f"`{key}`" for key in loaded.data if key not in new]
    changed = [f"`{key}` (changed)" for key in loaded.data
               if key in new and loaded.data[key] != new[key]]
    try:
        comments = any(line.lstrip().startswith("#")
                       for line in path.read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError):
        comments = False
    return [*lost, *changed, *(["comments"] if comments else [])]
