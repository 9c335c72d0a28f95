"""IZ activation data for the yearly open-access review (format: docs/oa-activations.md).

A CSV file as a committee exports it: one row per member and open-access CZ collection the
member activated in its own IZ, with the collection's overall Brief Level. It is read into a
``Document`` whose positions are the CSV's rows and cells, so findings point at lines.
A file that cannot be read as activation data is fatal (exit 2): the review cannot run.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from nzconfig.core.catalog import ACTIVATION_DATA as BAD_DATA
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.errors import FatalError
from nzconfig.core.fsutil import Refused, read_regular, unreadable
from nzconfig.core.wording import did_you_mean
from nzconfig.loading.loader import Document, decode

COLUMNS = ("member", "collection", "brief_level")


@dataclass(frozen=True, slots=True)
class Activation:
    member: str
    collection: str
    brief_level: Decimal
    row: int  # index into doc.data["rows"]


@dataclass(frozen=True, slots=True)
class Activations:
    doc: Document
    rows: tuple[Activation, ...]


# An export of every IZ's activations for a large network: tens of megabytes at most.
MAX_BYTES = 128 * 1024 * 1024


def load(root: Path, relative: str, known: set[str],
         policy: Document | None = None) -> Activations:
    """Read ``relative`` (named by the policy at ``review.activations``) under ``root``."""
    problems: list[Diagnostic] = []
    path = root / relative
    if not path.resolve().is_relative_to(root.resolve()) or not path.exists():
        where = policy.diagnostic if policy is not None else None
        message = f"the activation data `{relative}` does not exist in the repository"
        if where is not None:
            problems.append(where(BAD_DATA, Severity.ERROR, ("review", "activations"), message,
                                  "export it (docs/oa-activations.md) or remove the setting"))
        raise FatalError(message, problems)
    try:
        raw = read_regular(path, MAX_BYTES)
    except (OSError, Refused) as exc:
        raise FatalError(f"{relative}: {unreadable(exc)}") from None
    text = decode(raw, relative)
    if isinstance(text, Diagnostic):
        raise FatalError(f"{relative}: not UTF-8 text", [text])
    doc = Document(relative, {"rows": []})
    try:
        rows = _parse(doc, text, known, problems)
    except csv.Error as exc:  # a field over the CSV limit: the rest is not read
        raise FatalError(f"{relative}: cannot be read as CSV: {exc}") from None
    if problems:
        raise FatalError(f"{relative}: not valid activation data", problems)
    return Activations(doc, tuple(rows))


def _parse(doc: Document, text: str, known: set[str],
           problems: list[Diagnostic]) -> list[Activation]:
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    header = next(reader, None)
    doc.positions[()] = (1, 1)
    if header is None:
        problems.append(doc.diagnostic(BAD_DATA, Severity.ERROR, (), "the file is empty",
                                       "the first line names the columns: " + ",".join(COLUMNS)))
        return []
    names = [h.strip().lower() for h in header]
    missing = [c for c in COLUMNS if c not in names]
    if missing:
        problems.append(doc.diagnostic(
            BAD_DATA, Severity.ERROR, (), "missing column(s): " + ", ".join(missing),
            "the first line names the columns: " + ",".join(COLUMNS)))
        return []
    index = {c: names.index(c) for c in COLUMNS}
    levels: dict[str, tuple[Decimal, int]] = {}
    rows: list[Activation] = []
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        n = len(doc.data["rows"])
        cells = {c: (values[i].strip() if i < len(values) else "") for c, i in index.items()}
        doc.data["rows"].append(cells)
        doc.positions[("rows", n)] = (line, 1)
        for column, i in index.items():
            doc.positions[("rows", n, column)] = (line, _column(values, i))
        activation = _row(doc, n, cells, known, levels, problems)
        if activation is not None:
            rows.append(activation)
    return rows


def _row(doc: Document, n: int, cells: dict[str, str], known: set[str],
         levels: dict[str, tuple[Decimal, int]],
         problems: list[Diagnostic]) -> Activation | None:
    def bad(column: str, message: str, hint: str | None = None) -> None:
        problems.append(doc.diagnostic(BAD_DATA, Severity.ERROR, ("rows", n, column), message,
                                       hint))

    member, name = cells["member"], cells["collection"]
    if member not in known:
        bad("member", f"`{member}` is not a member institution", did_you_mean(member, known))
    if not name:
        bad("collection", "the collection name is empty")
    try:
        level = Decimal(cells["brief_level"])
        if not level.is_finite():
            raise InvalidOperation
    except InvalidOperation:
        bad("brief_level", f"Brief Level `{cells['brief_level']}` is not a number",
            "write the collection's overall Brief Level, e.g. 7 or 6.8")
        return None
    first = levels.setdefault(name.casefold(), (level, n))
    if first[0] != level:
        line = doc.pos(("rows", first[1]))[0]
        bad("brief_level", f"Brief Level {level} for `{name}` differs from {first[0]} on line "
            f"{line}", "a collection has one overall Brief Level; give the same on every row")
    if member not in known or not name:
        return None
    return Activation(member, name, level, n)


def _column(values: list[str], index: int) -> int:
    """1-based column of cell ``index`` in the raw line (exact for unquoted cells)."""
    return 1 + sum(len(v) + 1 for v in values[:index])
