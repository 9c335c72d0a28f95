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
    from nzconfig.core.errors import FatalError
    from nzconfig.core.fsutil import Refused, read_regular
    from nzconfig.edit import table_import
    from nzconfig.loading.loader import Document, load_file

    repo = repository(repo, repo_option)
    network_file = repo / "policies" / "network.yaml"
    loaded = (load_file(network_file, "policies/network.yaml")
              if network_file.is_file() else None)
    editor = loaded.data.get("editor_schema") if isinstance(loaded, Document) else None
    # The schema line for editors (docs/editors.md); no whitespace can get into it.
    header = (f"# yaml-language-server: $schema={editor.replace('{kind}', 'collection')}\n"
              if isinstance(editor, str) and editor and not any(c.isspace() for c in editor)
              else "")
    if suffix is None:
        if not isinstance(loaded, Document) or not loaded.data.get("name_suffix"):
            raise FatalError("no name suffix: pass --suffix or set name_suffix in "
                             "policies/network.yaml")
        suffix = str(loaded.data["name_suffix"])
    try:
        text = read_regular(table, table_import.MAX_TABLE_BYTES).decode("utf-8-sig")
    except OSError as exc:
        raise FatalError(f"{table}: cannot be read: {exc.strerror or exc}") from None
    except Refused as exc:
        raise FatalError(f"{table}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise FatalError(f"{table}: is not UTF-8 CSV ({exc.reason} at byte {exc.start})"
                         ) from None
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
