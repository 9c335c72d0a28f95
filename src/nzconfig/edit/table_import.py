"""Turn a CSV export of the wiki's "Shared Electronic Collections" table into YAML files.

Columns, in order: Collection Name, Subscription Package, Managed via, Access Type,
Acquisitions Profile, Availability, then the members (``;``-separated), and optionally
a Status column (``active``/``inactive``, as ``nzconfig render`` writes it). The Collection
Name cell may carry the Community Zone name in parentheses after the network suffix:
``JSTOR Open Access (WRLC) (JSTOR Books Open Access)``.

All or nothing: if any row is unparseable, or any target file exists (without
``force``), nothing is written; and the files are written as one change of collections/
(built beside it, then switched in at once, as render does), so a kill or a full disk never
leaves part of a table imported.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nzconfig.core.catalog import TABLE_EXISTS as EXISTS
from nzconfig.core.catalog import TABLE_ROW as ROW_ERROR
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.errors import EXIT_FINDINGS, EXIT_OK, Echo, FatalError
from nzconfig.core.fsutil import (
    Refused,
    carry_over,
    read_regular,
    replace_folder,
    unreadable,
)
from nzconfig.core.limits import MAX_FILE_BYTES
from nzconfig.domain.naming import collection_file_name
from nzconfig.edit import fmt
from nzconfig.edit.yaml_writer import YamlDocument
from nzconfig.loading.schema import load_schema

# A wiki table of thousands of collections is a few megabytes.
MAX_TABLE_BYTES = 32 * 1024 * 1024
COLUMNS = ("Collection Name", "Subscription Package", "Managed via", "Access Type",
           "Acquisitions Profile", "Availability")

_ACCESS = {"subscription": "subscription", "open access": "open_access"}
_AVAILABILITY_SPLIT = re.compile(r"\s+;\s+")


@dataclass(frozen=True, slots=True)
class Planned:
    path: Path
    data: dict[str, Any]


def parse_table(
    text: str, source: str, suffix: str
) -> tuple[list[dict[str, Any]], list[Diagnostic]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[dict[str, Any]] = []
    problems: list[Diagnostic] = []

    def fail(message: str) -> None:
        problems.append(Diagnostic(ROW_ERROR, Severity.ERROR, source, reader.line_num, 1,
                                   f"row {reader.line_num - 1}: {message}"))

    try:
        _read(reader, rows, problems, fail, source, suffix)
    except csv.Error as exc:  # a field over the limit, a NUL byte: the rest is not read
        fail(f"cannot be read as CSV: {exc}")
    return rows, problems


def _read(reader: Any, rows: list[dict[str, Any]], problems: list[Diagnostic],
          fail: Callable[[str], None], source: str, suffix: str) -> None:
    header = next(reader, None)
    if header is None or tuple(c.strip() for c in header[:6]) != COLUMNS:
        problems.append(Diagnostic(ROW_ERROR, Severity.ERROR, source, 1, 1,
                                   "the header must start with: " + ", ".join(COLUMNS)))
        return
    width = 8 if len(header) == 8 and header[7].strip().casefold() == "status" else 7
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != width:
            fail(f"has {len(cells)} cells; expected {width} (the six columns, then the members"
                 + (", then the status)" if width == 8 else ")"))
            continue
        try:
            data = _collection([c.strip() for c in cells[:7]], suffix)
            if width == 8:
                data["status"] = _status(cells[7].strip())
            rows.append(data)
        except ValueError as exc:
            fail(str(exc))


def _status(cell: str) -> str:
    status = cell.casefold() or "active"
    if status not in ("active", "inactive"):
        raise ValueError(f"Status `{cell}` is neither active nor inactive")
    return status


def _collection(cells: list[str], suffix: str) -> dict[str, Any]:
    name_cell, package, managed, access, acquisitions, availability, members = cells
    if not name_cell:
        raise ValueError("the Collection Name is empty")
    name, cz_name = split_name(name_cell, suffix)
    data: dict[str, Any] = {"name": name}
    if cz_name:
        data["cz_name"] = cz_name
    if package:
        data["package"] = package
    if managed.casefold() == "community zone":
        data["managed_via"] = "community_zone"
    elif managed.casefold().endswith("import profile"):
        data["managed_via"] = "import_profile"
        profile = managed[: -len("import profile")].strip() or package
        if not profile:
            raise ValueError("an import-profile collection needs the profile's name")
        data["import_profile"] = profile
    else:
        raise ValueError(f"Managed via `{managed}` is neither Community Zone nor Import Profile")
    access_type = _ACCESS.get(access.casefold())
    if access_type is None:
        raise ValueError(f"Access Type `{access}` is neither Subscription nor Open Access")
    data["access_type"] = access_type
    if acquisitions:
        data["acquisitions_profile"] = acquisitions
    statements = [s.strip() for s in _AVAILABILITY_SPLIT.split(availability) if s.strip()]
    if statements:
        data["availability"] = statements
    data["status"] = "active"
    data["members"] = [m.strip() for m in members.split(";") if m.strip()]
    return data


def split_name(cell: str, suffix: str) -> tuple[str, str | None]:
    """``X (WRLC) (CZ name)`` -> (``X (WRLC)``, ``CZ name``); without a suffix, the whole."""
    at = cell.rfind(suffix) if suffix else -1
    if at < 0:
        return cell, None
    name, rest = cell[: at + len(suffix)].strip(), cell[at + len(suffix):].strip()
    if rest.startswith("(") and rest.endswith(")"):
        return name, rest[1:-1].strip() or None
    if rest:
        raise ValueError(f"unexpected text `{rest}` after `{suffix}` in the Collection Name")
    return name, None


def write(planned: list[Planned], collections: Path, header: str = "") -> None:
    """Every planned file, or none: collections/ is replaced as a whole. ``header`` starts
    each file (the editors' schema line, docs/editors.md)."""
    if collections.is_symlink():
        raise FatalError(f"{collections}: is a link; refused")
    names = {item.path.name for item in planned}

    def fill(staging: Path) -> None:
        for item in planned:
            (staging / item.path.name).write_text(
                collection_text(item.data, f"collections/{item.path.name}", header),
                encoding="utf-8")
        if collections.is_dir():
            carry_over(collections, staging, lambda path: path not in names)

    replace_folder(collections, fill)


def collection_text(data: dict[str, Any], file: str, header: str = "") -> str:
    """A new collection file's text: through the one writer, in fmt's canonical form (key
    order, sorted members), so that `nzconfig fmt --check` passes on what was imported."""
    doc = YamlDocument.new(Path(file), data, file, header=header)
    fmt.canonical(doc, load_schema("collection"))
    return doc.text()


def plan(rows: list[dict[str, Any]], collections: Path, source: str,
         force: bool) -> tuple[list[Planned], list[Diagnostic]]:
    planned: list[Planned] = []
    problems: list[Diagnostic] = []
    taken: dict[str, str] = {}
    for data in rows:
        file_name = collection_file_name(data["name"])
        if file_name in taken:
            problems.append(Diagnostic.whole_file(
                EXISTS, Severity.ERROR, source, f"`{data['name']}` and `{taken[file_name]}` "
                f"would both be written to collections/{file_name}"))
            continue
        taken[file_name] = data["name"]
        path = collections / file_name
        if path.exists() and not force:
            problems.append(Diagnostic.whole_file(
                EXISTS, Severity.ERROR, f"collections/{file_name}",
                "exists already; not overwritten (use --force)"))
            continue
        planned.append(Planned(path, data))
    return planned, problems


def network_policy(repo: Path) -> dict[str, Any]:
    """policies/network.yaml's values, read once for the suffix and the editor line ({} when
    it is missing or does not load)."""
    from nzconfig.loading.loader import Document, load_file

    network_file = repo / "policies" / "network.yaml"
    loaded = load_file(network_file, "policies/network.yaml") if network_file.is_file() else None
    return dict(loaded.data) if isinstance(loaded, Document) else {}


def name_suffix(network: dict[str, Any]) -> str:
    """The network's name suffix; FatalError when policies/network.yaml has none."""
    if not network.get("name_suffix"):
        raise FatalError("no name suffix: pass --suffix or set name_suffix in "
                         "policies/network.yaml")
    return str(network["name_suffix"])


def read_table(table: Path) -> str:
    """The CSV's text (UTF-8, a byte-order mark allowed), read only as a regular file of at
    most MAX_TABLE_BYTES (a FIFO would block, /dev/zero never end); FatalError otherwise."""
    try:
        return read_regular(table, MAX_TABLE_BYTES).decode("utf-8-sig")
    except (OSError, Refused) as exc:
        raise FatalError(f"{table}: {unreadable(exc)}") from None
    except UnicodeDecodeError as exc:
        raise FatalError(f"{table}: is not UTF-8 CSV ({exc.reason} at byte {exc.start})"
                         ) from None


_EDITOR_LINE = re.compile(r"#\s*yaml-language-server:\s*\$schema=")


def editor_header(network: dict[str, Any]) -> str:
    """The `yaml-language-server` schema line for new files when policies/network.yaml sets
    `editor_schema` (docs/editors.md); no whitespace can get into it. "" otherwise."""
    editor = network.get("editor_schema")
    if isinstance(editor, str) and editor and not any(c.isspace() for c in editor):
        return f"# yaml-language-server: $schema={editor.replace('{kind}', 'collection')}\n"
    return ""


def import_table(repo: Path, table: Path, echo: Echo, *, suffix: str | None = None,
                 force: bool = False) -> int:
    """``nzconfig import-table``: write collections/*.yaml from ``table``, or nothing (each
    refused row or file named on standard error); the exit code."""
    network = network_policy(repo)
    header = editor_header(network)
    if suffix is None:
        suffix = name_suffix(network)
    rows, problems = parse_table(read_table(table), str(table), suffix)
    planned, refused = plan(rows, repo / "collections", str(table), force)
    for d in [*problems, *refused]:
        echo(d.text(), err=True)
    if problems or refused:
        echo("nothing written", err=True)
        return EXIT_FINDINGS
    overwritten = [(item, _lost(item.path, item.data, header)) for item in planned
                   if item.path.exists()]
    for item, lost in overwritten:
        echo(f"collections/{item.path.name}: overwritten (--force)"
             f"{'; lost: ' + ', '.join(lost) if lost else ''}", err=True)
    write(planned, repo / "collections", header)
    echo(f"wrote {len(planned)} collection files to {repo / 'collections'}"
         f"{f', {len(overwritten)} of them overwritten' if overwritten else ''}")
    return EXIT_OK


def _lost(path: Path, new: dict[str, object], header: str) -> list[str]:
    """What overwriting ``path`` with ``new`` (starting with ``header``) loses: keys the table
    has no column for (the hand-curated `linking`, `cdi`, `approval`...), changed values, and
    comments."""
    from nzconfig.loading.loader import Document, load_file

    loaded = load_file(path, f"collections/{path.name}")
    if not isinstance(loaded, Document):
        return ["a file that does not load"]
    lost = [f"`{key}`" for key in loaded.data if key not in new]
    changed = [f"`{key}` (changed)" for key in loaded.data
               if key in new and loaded.data[key] != new[key]]
    try:  # bounded and regular only, as every read of the repository
        comments = _comments_lost(read_regular(path, MAX_FILE_BYTES).decode("utf-8-sig"),
                                  header)
    except (OSError, UnicodeDecodeError, Refused):
        comments = False
    return [*lost, *changed, *(["comments"] if comments else [])]


def _comments_lost(old: str, header: str) -> bool:
    """Whether ``old`` has a comment the new file will not: its editor schema line is
    replaced, not lost, when the new file starts with one too (an import wrote it, and the
    network policy says where it points now)."""
    for line in old.splitlines():
        text = line.strip()
        if not text.startswith("#"):
            continue
        if header and _EDITOR_LINE.match(text):
            continue
        return True
    return False
