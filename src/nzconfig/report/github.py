"""GitHub Actions workflow commands: one ``::error file=…,line=…,col=…,title=…::message`` a finding.

Escaping follows the runner's grammar (actions/toolkit, ``command.ts``): the message
escapes ``%``, CR and LF; property values also escape ``:`` and ``,``. A plain summary
line ends the output; the runner shows it as log text. Paths are made relative to
$GITHUB_WORKSPACE when the repository is a folder inside it, so annotations land on the
right files.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.report.text import summary

if TYPE_CHECKING:
    from nzconfig.engine.validate import Outcome

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTICE: "notice"}


def report(outcome: Outcome) -> str:
    from nzconfig.rules import CATALOGUE

    titles = {entry.id: entry.title for entry in CATALOGUE}
    prefix = workspace_prefix(outcome.network.root)
    lines = [command(d, titles.get(d.rule, ""), prefix) for d in outcome.diagnostics]
    lines.append(summary(outcome))
    return "\n".join(lines) + "\n"


def workspace_prefix(root: Path) -> str:
    """The repository's folder within $GITHUB_WORKSPACE, where annotations' paths start."""
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if not workspace:
        return ""
    resolved, base = root.resolve(), Path(workspace).resolve()
    if resolved == base or not resolved.is_relative_to(base):
        return ""
    return resolved.relative_to(base).as_posix() + "/"


def command(d: Diagnostic, title: str, prefix: str = "") -> str:
    props = [("file", prefix + d.file)]
    if d.line:
        props += [("line", str(d.line)), ("col", str(d.column))]
    props.append(("title", f"{d.rule} {title}".strip()))
    message = f"{d.message}\nhint: {d.hint}" if d.hint else d.message
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{COMMAND[d.severity]} {joined}::{escape_data(message)}"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
