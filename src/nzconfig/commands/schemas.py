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
    from nzconfig.core.fsutil import write_atomic

    written = render_all()
    out.mkdir(parents=True, exist_ok=True)
    for name, text in written.items():
        write_atomic(out / name, text)
    click.echo(f"{out}: {len(written)} schemas")


def render_all() -> dict[str, str]:
    import json

    from nzconfig.loading.schema import SCHEMAS
    from nzconfig.report.editor_schema import editor_schema

    result = {}
    for path in sorted(SCHEMAS.glob("*.schema.json")):
        converted = editor_schema(json.loads(path.read_text(encoding="utf-8")), path.name)
        result[path.name] = json.dumps(converted, indent=2, ensure_ascii=False) + "\n"
    return result
