"""What the commands share: the repository argument, the --format registry, where their text
goes, the BASE/HEAD arguments, and the exit codes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from nzconfig.core.errors import EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK

F = TypeVar("F", bound=Callable[..., Any])

__all__ = [
    "EXIT_CANNOT_RUN",
    "EXIT_FINDINGS",
    "EXIT_OK",
    "FORMATS",
    "emit",
    "format_option",
    "output_option",
    "repo_argument",
    "report_options",
    "repository",
    "revision_options",
]

# Every command's --format choices, the first being the default. validate's are the
# reporters of nzconfig.report (kept equal by a test, so that this module stays light).
FORMATS: dict[str, tuple[str, ...]] = {
    "validate": ("text", "github", "json", "junit", "sarif"),
    "drift": ("text", "github", "json", "junit", "sarif"),
    "rules": ("text", "markdown"),
    "diff": ("markdown", "json"),
    "plan": ("markdown", "json"),
    "cost": ("text", "csv", "json"),
}


def format_option(command_name: str, help: str = "Output format.",
                  default: str | None = "") -> Callable[[F], F]:
    """``--format`` with the command's choices from FORMATS; ``default=None`` leaves the
    choice to the command (validate picks github inside GitHub Actions)."""
    choices = FORMATS[command_name]
    chosen = choices[0] if default == "" else default
    return click.option("--format", "format_", type=click.Choice(choices), default=chosen,
                        show_default=chosen is not None, help=help)


def repo_argument(command: F) -> F:
    """REPO, the last positional argument of every command that reads a repository; the
    repository containing the current folder when omitted. ``--repo``/``-C`` still works,
    with a deprecation note."""
    command = click.option("--repo", "-C", "repo_option", hidden=True, default=None,
                           type=click.Path(path_type=Path, file_okay=False),
                           help="Deprecated: give the repository as REPO.")(command)
    return click.argument("repo", required=False, default=None,
                          type=click.Path(path_type=Path, file_okay=False))(command)


def repository(repo: Path | None, repo_option: Path | None) -> Path:
    """The repository a command works on: REPO, the deprecated --repo, or the repository
    the current folder is in (found upwards, as git finds its work tree)."""
    if repo_option is not None:
        click.echo("nzconfig: warning: --repo/-C is deprecated; give the repository as the "
                   "last argument (REPO)", err=True)
        if repo is None:
            repo = repo_option
    if repo is not None:
        return repo
    from nzconfig.loading.repo import find_root

    return find_root(Path("."))


def emit(text: str, output: Path | None) -> None:
    """Standard output, or the file given with --output: written atomically, except into
    something that is not a regular file (/dev/null, a pipe), which is written to and never
    replaced (as root, replacing /dev/null would break the machine)."""
    if output is None:
        click.echo(text, nl=False)
        return
    from nzconfig.core.errors import FatalError

    if output.exists() and not output.is_file():  # a pipe or a device: written into
        with output.open("w", encoding="utf-8") as stream:
            stream.write(text)
        return
    from nzconfig.core.fsutil import write_atomic

    if not output.parent.is_dir():  # a typo in the folder is not a reason to create it
        raise FatalError(f"--output {output}: the folder {output.parent} does not exist")
    write_atomic(output, text)


def output_option(help: str = "Write to this file instead of standard output.",
                  ) -> Callable[[F], F]:
    """``--output``/``-o``: the file that :func:`emit` writes instead of standard output."""
    return click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False),
                        help=help)


def _stacked(*options: Callable[[F], F]) -> Callable[[F], F]:
    """The options applied as if written one above the other, in this order."""

    def decorate(command: F) -> F:
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


def revision_options(command_name: str) -> Callable[[F], F]:
    """BASE [HEAD] [REPO], --format and --output: for `diff` and `plan`."""
    return _stacked(click.argument("base"), click.argument("head", required=False),
                    repo_argument, format_option(command_name), output_option())


def report_options(command_name: str) -> Callable[[F], F]:
    """[REPO], --format (github in GitHub Actions, else text) and --output: for the
    commands that report findings (`validate`, `drift`)."""
    return _stacked(repo_argument,
                    format_option(command_name, "Output format (default: text; github when "
                                  "GITHUB_ACTIONS=true).", default=None),
                    output_option("Write the report to this file instead of standard output."))
