"""What every command shares: REPO (found upwards from the current folder when omitted),
the deprecated --repo/-C, the --format registry, exit codes, and a mistyped command."""

from __future__ import annotations

from pathlib import Path

import click

from nzconfig import report
from nzconfig.cli import COMMANDS, cli
from nzconfig.commands.common import FORMATS
from nzconfig.loading.repo import find_root
from tests.support.cli import run_cli
from tests.support.repos import build


def test_validate_formats_are_the_reporters() -> None:
    assert sorted(FORMATS["validate"]) == sorted(report.FORMATS)


def test_every_format_option_takes_its_choices_from_the_registry() -> None:
    ctx = click.Context(cli)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert command is not None
        for param in command.params:
            if param.name == "format_":
                assert isinstance(param.type, click.Choice)
                assert tuple(param.type.choices) == FORMATS[name], name


# `rules` and `schemas` read no repository; `usage import REPORT...` and `fmt PATHS...` take
# every argument, so their repository is --repo (found upwards from the current folder).
NO_REPO_ARGUMENT = {"rules", "schemas", "usage import", "fmt"}


def test_every_command_that_reads_a_repository_takes_repo_last() -> None:
    ctx = click.Context(cli)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert command is not None
        subcommands = (command.commands if isinstance(command, click.Group)
                       else {"": command})
        for sub, leaf in subcommands.items():
            full = f"{name} {sub}".strip()
            arguments = [p.name for p in leaf.params if isinstance(p, click.Argument)]
            if full not in NO_REPO_ARGUMENT:
                assert arguments[-1:] == ["repo"], (full, arguments)


def test_run_from_a_subfolder_finds_the_repository_root(tmp_path: Path) -> None:
    repo = build(tmp_path / "r", base="duplicate-member")
    inside = run_cli("validate", cwd=repo / "collections")
    at_root = run_cli("validate", cwd=repo)
    assert inside.code == at_root.code == 1
    assert inside.stdout == at_root.stdout
    assert find_root(repo / "collections") == repo.resolve()


def test_root_search_stops_at_the_top_of_a_git_work_tree(tmp_path: Path) -> None:
    build(tmp_path / "r", base="duplicate-member")
    (tmp_path / "r" / "other" / ".git").mkdir(parents=True)
    start = tmp_path / "r" / "other"
    assert find_root(start) == start


def test_repo_option_still_works_with_a_deprecation_note(tmp_path: Path) -> None:
    repo = build(tmp_path / "r", base="duplicate-member")
    old = run_cli("validate", "--repo", repo)
    new = run_cli("validate", repo)
    assert old.code == new.code == 1 and old.stdout == new.stdout
    assert "--repo/-C is deprecated" in old.stderr and "deprecated" not in new.stderr


def test_a_mistyped_command_gets_a_suggestion() -> None:
    run = run_cli("valdate")
    assert run.code == 2
    assert "no such command `valdate`; did you mean `validate`?" in run.stderr
    assert "`nzconfig --help` lists the commands" in run_cli("frobnicate").stderr
