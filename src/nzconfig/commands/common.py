"""What several commands share: where their text goes, and the BASE/HEAD options."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def emit(text: str, output: Path | None) -> None:
    """Standard output, or the file given with --output (written atomically)."""
    if output is None:
        click.echo(text, nl=False)
        return
    from nzconfig.core.errors import FatalError
    from nzconfig.core.fsutil import write_atomic

    if not output.parent.is_dir():  # a typo in the folder is not a reason to create it
        raise FatalError(f"--output {output}: the folder {output.parent} does not exist")
    write_atomic(output, text)


def revision_options(command: F) -> F:
    """BASE [HEAD], --repo, --format markdown|json and --output: for `diff` and `plan`."""
    for option in reversed((
        click.argument("base"),
        click.argument("head", required=False),
        click.option("--repo", "-C", "repo", default=".", show_default=True,
                     type=click.Path(path_type=Path, file_okay=False, exists=True),
                     help="The repository whose git revisions BASE and HEAD name."),
        click.option("--format", "format_", type=click.Choice(["markdown", "json"]),
                     default="markdown", show_default=True, help="Output format."),
        click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
                     help="Write to this file instead of standard output."),
    )):
        command = option(command)
    return command
