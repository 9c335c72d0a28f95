"""``nzconfig drift [REPO]``: the repository against live Alma, field by field (read-only)."""

from __future__ import annotations

from pathlib import Path

import click

from nzconfig.commands.common import report_options, repository


@click.command()
@report_options("drift")
def drift(repo: Path | None, repo_option: Path | None, format_: str | None,
          output: Path | None) -> None:
    """Compare the repository REPO with Alma's Network Zone: each difference is a finding
    (NZ401-NZ413) at the key concerned, waivable in policies/waivers.yaml. Writes nothing
    anywhere.

    Exit codes: 0 no drift, 1 drift found, 2 Alma or the repository could not be read.
    """
    from nzconfig import report
    from nzconfig.commands.common import emit
    from nzconfig.services.alma.drift import drift as compare

    text, code = compare(repository(repo, repo_option), format_ or report.default_format())
    emit(text, output)
    raise SystemExit(code)
