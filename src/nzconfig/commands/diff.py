"""``nzconfig diff BASE [HEAD]``: what a change means, as Markdown for a pull request."""

from __future__ import annotations

from pathlib import Path

import click

from nzconfig.commands.common import emit, revision_options


@click.command()
@revision_options
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

    analysis = analyse(repo, base, head)
    if format_ == "json":
        from nzconfig.changes.data import document
        from nzconfig.report.json import dumps

        text = dumps(document(analysis))
    else:
        from nzconfig.changes.markdown import render

        text = render(analysis)
    emit(text, output)
    raise SystemExit(1 if fail_on_new and analysis.findings.new_errors() else 0)
