"""``nzconfig diff BASE [HEAD]``: what a change means, as Markdown for a pull request."""

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
@click.option("--fail-on-new", is_flag=True,
              help="Exit 1 when the change introduces an error (errors already there "
                   "do not count).")
def diff(base: str, head: str | None, repo: Path, format_: str, output: Path | None,
         fail_on_new: bool) -> None:
    """Summarise the change from BASE to HEAD: collections added, removed and renamed,
    access gained and lost per member, CDI settings, policies, and findings introduced
    or fixed.

    BASE and HEAD are git revisions of the repository (HEAD defaults to the working
    tree) or two folders.
    """
    from nzconfig.changes.analysis import analyse
    from nzconfig.fsutil import write_atomic

    analysis = analyse(repo, base, head)
    if format_ == "json":
        from nzconfig.changes.data import document
        from nzconfig.report.json import dumps

        text = dumps(document(analysis))
    else:
        from nzconfig.changes.markdown import render

        text = render(analysis)
    if output is not None:
        write_atomic(output, text)
    else:
        click.echo(text, nl=False)
    raise SystemExit(1 if fail_on_new and analysis.findings.new_errors() else 0)
