"""``nzconfig plan BASE [HEAD] [REPO]``: the Alma checklist that applies a merged change."""

from __future__ import annotations

from pathlib import Path

import click

from nzconfig.commands.common import emit, repository, revision_options


@click.command()
@revision_options("plan")
def plan(base: str, head: str | None, repo: Path | None, repo_option: Path | None,
         format_: str, output: Path | None) -> None:
    """The ordered steps for the NZ manager in Alma, per collection: activation, Group
    Settings to add or remove per member, CDI tab values per member, deactivation.

    BASE and HEAD are git revisions of the repository REPO (default: the one the current
    folder is in; HEAD defaults to its working tree) or two folders.
    """
    from nzconfig.changes.analysis import analyse
    from nzconfig.changes.plan_markdown import json_text, render

    analysis = analyse(repository(repo, repo_option), base, head)
    emit(json_text(analysis) if format_ == "json" else render(analysis), output)
