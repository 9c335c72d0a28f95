"""``nzconfig rules``: the catalogue of checks, as a table or as docs/rules.md."""

from __future__ import annotations

import click


@click.command()
@click.option("--format", "format_", type=click.Choice(["text", "markdown"]), default="text",
              show_default=True, help="`markdown` is the source of docs/rules.md.")
def rules(format_: str) -> None:
    """List every check with its id, default severity and title."""
    from nzconfig.report.rules_doc import markdown, table

    click.echo(markdown() if format_ == "markdown" else table(), nl=False)
