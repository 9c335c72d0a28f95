"""``nzconfig diff BASE [HEAD] [REPO]``: what a change means, as Markdown for a pull request."""

from __future__ import annotations

from pathlib import Path

import click

from nzconfig.commands.common import EXIT_FINDINGS, EXIT_OK, emit, repository, revision_options


@click.command()
@revision_options("diff")
@click.option("--fail-on-new", is_flag=True,
              help="Exit 1 when the change introduces an error (errors already there "
                   "do not count).")
def diff(base: str, head: str | None, repo: Path | None, repo_option: Path | None,
         format_: str, output: Path | None, fail_on_new: bool) -> None:
    """Summarise the change from BASE to HEAD: collections added, removed and renamed,
    access gained and lost per member, CDI settings, policies, and findings introduced
    or fixed.

    BASE and HEAD are git revisions of the repository REPO (default: the one the current
    folder is in; HEAD defaults to its working tree) or two folders.
    """
    from nzconfig.changes.analysis import analyse

    analysis = analyse(repository(repo, repo_option), base, head)
    if format_ == "json":
        from nzconfig.changes.data import json_text

        emit(json_text(analysis), output)
    else:
        from nzconfig.changes.markdown import render

        emit(render(analysis), output)
    raise SystemExit(EXIT_FINDINGS if fail_on_new and analysis.findings.new_errors()
                     else EXIT_OK)
