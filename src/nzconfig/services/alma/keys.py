"""API keys come only from the environment, and never reach an output, log or journal.

``ALMA_API_KEY`` (or a file named by ``ALMA_API_KEY_FILE``) is the Network Zone's key;
``ALMA_API_KEY_<CODE>`` a member's own Institution Zone key. Every text nzconfig prints
about Alma goes through :func:`scrub`, which blanks any of these values wherever it appears.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import click

from nzconfig.core.errors import FatalError
from nzconfig.core.fsutil import Refused, read_regular, unreadable
from nzconfig.services.secrets import hide

NZ_VARIABLE = "ALMA_API_KEY"
FILE_VARIABLE = "ALMA_API_KEY_FILE"
MASK = "[key hidden]"
_KEY = re.compile(r"^[\x21-\x7e]{8,200}$")  # printable ASCII, no spaces: what a header carries
_MAX_FILE = 4096


def nz_key(environ: Mapping[str, str] | None = None) -> str:
    """The Network Zone's key; FatalError (exit 2) when none is set or it is malformed."""
    env = os.environ if environ is None else environ
    key = env.get(NZ_VARIABLE, "")
    where = NZ_VARIABLE
    if not key and env.get(FILE_VARIABLE):
        where = f"the file named by {FILE_VARIABLE}"
        key = _read_file(env[FILE_VARIABLE])
    if not key:
        raise FatalError(f"no Alma API key: set {NZ_VARIABLE}, or {FILE_VARIABLE} to a file "
                         "holding it (docs/alma.md)")
    return _checked(key.strip(), where)


def member_key(code: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The member's own key from ``ALMA_API_KEY_<CODE>``, or None when not given."""
    env = os.environ if environ is None else environ
    variable = f"{NZ_VARIABLE}_{code}"
    key = env.get(variable, "").strip()
    return _checked(key, variable) if key else None


def secrets(environ: Mapping[str, str] | None = None) -> list[str]:
    """Every key value the environment holds (those in files included), longest first."""
    env = os.environ if environ is None else environ
    found = {value.strip() for name, value in env.items()
             if name.startswith(NZ_VARIABLE) and name != FILE_VARIABLE and value.strip()}
    if env.get(FILE_VARIABLE):
        with contextlib.suppress(FatalError):
            found.add(_read_file(env[FILE_VARIABLE]).strip())
    return sorted((s for s in found if len(s) >= 4), key=len, reverse=True)


def scrub(text: str, environ: Mapping[str, str] | None = None) -> str:
    """``text`` with every key the environment holds replaced by a mask."""
    return hide(text, secrets(environ), MASK)


def _read_file(name: str) -> str:
    # A regular file only: a FIFO named here would hang every run (and every scrub).
    try:
        data = read_regular(Path(name), _MAX_FILE)
    except (OSError, Refused) as exc:
        raise FatalError(f"{FILE_VARIABLE}: the key file {unreadable(exc)}") from None
    return data.decode("utf-8", "replace")


def _checked(key: str, where: str) -> str:
    if not _KEY.match(key):
        raise FatalError(f"{where} does not hold an API key (expected 8 to 200 printable "
                         "characters without spaces)")
    return key


@contextlib.contextmanager
def scrubbed() -> Iterator[None]:
    """Whatever escapes the block (the tool's errors, or a bug's message) leaves it with
    every key blanked, so that no report, log or traceback line can carry one."""
    try:
        yield
    except FatalError as exc:
        diagnostics = [dataclasses.replace(d, message=scrub(d.message),
                                           hint=scrub(d.hint) if d.hint else d.hint)
                       for d in exc.diagnostics]
        raise type(exc)(scrub(exc.message), diagnostics) from None
    except (click.exceptions.Exit, click.exceptions.Abort, SystemExit):
        raise
    except Exception as exc:
        if os.environ.get("NZCONFIG_DEBUG"):
            raise
        raise RuntimeError(scrub(f"{type(exc).__name__}: {exc}")) from None
