"""``nzconfig rules``: the catalogue of checks, as a table or as docs/rules.md."""

from __future__ import annotations

import click

from nzconfig.commands.common import format_option


@click.command()
@format_option("rules", "`markdown` is the source of docs/rules.md.")
def rules(format_: str) -> None:
    """List every check with its id, default severity and title."""
    from nzconfig.report.rules_doc import markdown, table

    click.echo(markdown() if format_ == "markdown" else table(), nl=False)
