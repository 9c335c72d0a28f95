"""From a repository to the bytes of every output file (the manifest included), and to the
output folder (``nzconfig render``)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from nzconfig.core.errors import EXIT_FINDINGS, EXIT_OK, Echo, FatalError
from nzconfig.render import pages, site
from nzconfig.render.environment import environment

if TYPE_CHECKING:
    from nzconfig.engine.validate import Outcome


def rendered(repo: Path, outcome: Outcome, stamp: str = "") -> pages.Rendered:
    """Every output file, rendered as it is written (see output.write)."""
    from nzconfig.engine.validate import collector_paused

    env = environment(repo, (*site.VIEWS, pages.Page))
    with collector_paused():  # the views hold no cycles; the collector would walk the Network
        return pages.Rendered(env, site.build(outcome, stamp))


def stamp_now() -> str:
    """UTC now, or SOURCE_DATE_EPOCH when set (the reproducible-builds convention)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    try:
        moment = (datetime.fromtimestamp(int(epoch), UTC) if epoch
                  else datetime.now(UTC))
    except (ValueError, OverflowError, OSError) as exc:
        raise FatalError(f"SOURCE_DATE_EPOCH `{epoch}` is not a time in seconds") from exc
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def refused(outcome: Outcome, force: bool, echo: Echo, refusal: Callable[[str], str],
            forced: Callable[[str], str] | None = None) -> bool:
    """Whether a repository with errors stops a command that publishes it: without
    ``force``, each error and then ``refusal`` (given "N errors") go to standard error;
    with it, ``forced`` (if any) warns."""
    from nzconfig.core.diagnostics import Severity
    from nzconfig.core.wording import plural

    errors = [d for d in outcome.diagnostics if d.severity >= Severity.ERROR]
    if not errors:
        return False
    counted = plural(len(errors), "error")
    if not force:
        for d in errors:
            echo(d.text(), err=True)
        echo(f"nzconfig: {refusal(counted)}", err=True)
        return True
    if forced is not None:
        echo(f"nzconfig: warning: {forced(counted)}", err=True)
    return False


def _second_core(collections: int) -> bool:
    """Whether a forked helper renders the member pages while this process renders the
    rest: when loading would use a second process (loading/parallel: a repository of
    MIN_FILES collections or more, and a core idle, or NZCONFIG_JOBS of 2 or more). The
    helper costs some CPU (its own caches, pages copied on write): only an idle core pays."""
    from nzconfig.loading import parallel

    return parallel.processes(collections) > 1


def to_folder(repo: Path, out: Path, echo: Echo, *, check: bool = False, force: bool = False,
              stamp: bool = False) -> int:
    """``nzconfig render``: validate ``repo``, refuse it if it has errors (unless ``force``),
    render and write the pages into ``out`` or, with ``check``, name each page that is
    missing, differs or is stale; the exit code."""
    from nzconfig.core.wording import plural
    from nzconfig.engine.validate import validate
    from nzconfig.loading.repo import READ_FOLDERS
    from nzconfig.render import output

    output.check_out(out, repo, READ_FOLDERS)
    # Read in this process alone (unless NZCONFIG_JOBS says otherwise): an idle core is
    # worth more while the pages are written (_second_core), and loading in two processes
    # costs CPU (every document pickled back).
    outcome = validate(repo, spare=False)
    if refused(outcome, force, echo,
               lambda n: f"render refused: {repo} has {n} (see `nzconfig validate {repo}`); "
                         "fix them, or use --force to render anyway",
               lambda n: f"rendering {repo} despite {n} (--force); the validation summary "
                         "lists them"):
        return EXIT_FINDINGS
    produced = rendered(repo, outcome, stamp_now() if stamp else "")
    count = len(produced.paths) + 1  # and the manifest
    apart = produced.member_paths if _second_core(len(produced.site.rows)) else ()
    if not check:
        plan = output.write(out, produced, apart)
        written = len(plan.missing) + len(plan.differing)
        echo(f"{out}: {count} files, {written} written, {len(plan.unchanged)} "
             f"unchanged, {len(plan.stale)} removed")
        return EXIT_OK
    plan = output.plan(out, produced, apart)
    for path in plan.missing:
        echo(f"{out / path}: missing")
    for path in plan.differing:
        echo(f"{out / path}: differs")
    for path in plan.stale:
        echo(f"{out / path}: stale (no longer produced)")
    if plan.clean:
        echo(f"{out}: up to date ({count} files)")
        return EXIT_OK
    stale = len(plan.missing) + len(plan.differing) + len(plan.stale)
    echo(f"nzconfig: {plural(stale, 'page')} out of date in {out}; run "
         f"`nzconfig render {repo} --out {out}`", err=True)
    return EXIT_FINDINGS
