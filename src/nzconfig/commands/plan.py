"""``nzconfig plan BASE [HEAD]``: the Alma checklist that applies a merged change."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("base")
@click.argument("head", required=False)
@click.option("--repo", "-C", "repo", default=".", show_default=True,
              type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="The repository whose git revisions BASE and HEAD name.")
@click.option("--format", "format_", type=click.Choice(["markdown", "json"]),
              default="markdown", show_default=True, help="Output format.")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
              help="Write to this file instead of standard output.")
def plan(base: str, head: str | None, repo: Path, format_: str, output: Path | None) -> None:
    """The ordered steps for the NZ manager in Alma, per collection: activation, Group
    Settings to add or remove per member, CDI tab values per member, deactivation.

    BASE and HEAD are git revisions of the repository (HEAD defaults to the working
    tree) or two folders.
    """
    from nzconfig.changes.analysis import analyse
    from nzconfig.changes.plan_markdown import data, render
    from nzconfig.fsutil import write_atomic

    analysis = analyse(repo, base, head)
    if format_ == "json":
        from nzconfig.changes.plan import steps
        from nzconfig.report.json import dumps

        text = dumps({"version": 1, "base": analysis.base.label, "head": analysis.head.label,
                      "steps": data(steps(analysis.changes))})
    else:
        text = render(analysis)
    if output is not None:
        write_atomic(output, text)
    else:
        click.echo(text, nl=False)
