"""The ``nzconfig`` command: parses arguments and hands them to one command module each.

Commands are imported only when run, so ``nzconfig validate`` in a pre-commit hook does
not pay for Jinja2 or git handling.
"""

from __future__ import annotations

import os
import signal
import sys
from importlib import import_module
from pathlib import Path
from typing import Any

import click

from nzconfig import __version__
from nzconfig.core.errors import EXIT_CANNOT_RUN, FatalError

HELP = """Keep a library consortium's Alma Network Zone configuration as code:
validate it, explain changes, render the wiki pages and reports.

Exit codes, the same for every command:

\b
  0  no errors (or nothing at the --fail-on level)
  1  errors found (or a --check that found stale output)
  2  the tool could not run: bad arguments, no such repository,
     an unreadable or invalid policy file or schema
"""

# Command name -> "module:attribute", imported on demand.
COMMANDS: dict[str, str] = {
    "validate": "nzconfig.commands.validate:validate",
    "rules": "nzconfig.commands.rules:rules",
    "import-table": "nzconfig.commands.import_table:import_table",
    "render": "nzconfig.commands.render:render",
    "diff": "nzconfig.commands.diff:diff",
    "plan": "nzconfig.commands.plan:plan",
    "cost": "nzconfig.commands.cost:cost",
    "pull": "nzconfig.commands.pull:pull",
    "drift": "nzconfig.commands.drift:drift",
    "apply": "nzconfig.commands.apply:apply",
    "publish": "nzconfig.commands.publish:publish",
    "member": "nzconfig.commands.member:member",
    "fmt": "nzconfig.commands.fmt:fmt",
    "schemas": "nzconfig.commands.schemas:schemas",
    "usage": "nzconfig.commands.usage:usage",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def resolve_command(self, ctx: click.Context, args: list[str],
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if name in COMMANDS or name.startswith("-"):
            return super().resolve_command(ctx, args)
        from nzconfig.core.wording import did_you_mean

        hint = did_you_mean(name, COMMANDS) or "`nzconfig --help` lists the commands"
        ctx.fail(f"no such command `{name}`; {hint}")

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attribute = target.split(":")
        command: click.Command = getattr(import_module(module), attribute)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FatalError as exc:
            for d in exc.diagnostics:
                click.echo(d.text(), err=True)
            click.echo(f"nzconfig: error: {exc.message}", err=True)
            ctx.exit(EXIT_CANNOT_RUN)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except OSError as exc:  # the machine, not a bug: a full disk, a read-only folder
            click.echo(f"nzconfig: error: {describe(exc)}", err=True)
            ctx.exit(EXIT_CANNOT_RUN)
        except Exception as exc:  # a bug: say where, briefly; NZCONFIG_DEBUG=1 shows it all
            if os.environ.get("NZCONFIG_DEBUG"):
                raise
            import traceback  # only here: it costs every run's start-up a few milliseconds

            frame = traceback.extract_tb(exc.__traceback__)[-1]
            click.echo(f"nzconfig: internal error: {type(exc).__name__}: {exc} "
                       f"(at {Path(frame.filename).name}:{frame.lineno}); please report it, "
                       "with NZCONFIG_DEBUG=1 for the full traceback", err=True)
            ctx.exit(EXIT_CANNOT_RUN)


@click.group(cls=LazyGroup, help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nzconfig")
def cli() -> None:
    pass


def describe(exc: OSError) -> str:
    """One line: the file, then what the system said (`No space left on device`)."""
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}"


def main() -> None:
    if hasattr(signal, "SIGXFSZ"):
        # Past a file-size limit (ulimit -f) the kernel would kill the process; ignored, the
        # write fails with EFBIG and is reported like any other full disk.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    try:
        cli.main(prog_name="nzconfig")
    except OSError as exc:  # e.g. a closed stdout pipe; never a traceback
        print(f"nzconfig: error: {describe(exc)}", file=sys.stderr)
        sys.exit(EXIT_CANNOT_RUN)
