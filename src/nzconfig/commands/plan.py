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
    from nzconfig.changes.plan_markdown import data, render

    analysis = analyse(repository(repo, repo_option), base, head)
    if format_ == "json":
        from nzconfig.changes.plan import steps
        from nzconfig.report.json import dumps

        text = dumps({"version": 1, "base": analysis.base.label, "head": analysis.head.label,
                      "steps": data(steps(analysis.changes))})
    else:
        text = render(analysis)
    emit(text, output)
