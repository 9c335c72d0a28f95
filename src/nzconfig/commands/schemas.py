"""``nzconfig schemas --out DIR``: the JSON Schemas for editors (docs/editors.md)."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.option("--out", "out", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder to write KIND.schema.json into (created if missing).")
def schemas(out: Path) -> None:
    """Write the JSON Schema of every file kind in the draft-07 form that the YAML language
    server (VS Code) and JetBrains IDEs understand.

    Exit codes: 0 written, 2 the tool could not run.
    """
    from nzconfig.report.editor_schema import write_all

    click.echo(f"{out}: {write_all(out)} schemas")
