"""A licence's documents (seed 004: signed agreements, title lists, the subscription log), as
rules NZ236-NZ238 read them from ``documents`` in licences/.

The repository is untrusted, so a document's ``path`` is opened only when it names a
regular file inside the repository no larger than a cap; everything else is a problem
described in words, never an exception.
"""

from __future__ import annotations

import io
import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from nzconfig.core.diagnostics import Diagnostic
from nzconfig.core.fsutil import Refused, open_regular, read_regular, unreadable
from nzconfig.loading.loader import decode

# Title-list formats that can be read, by the document's ``format`` or its file extension.
READABLE = {"kbart": "\t", "tsv": "\t", "csv": ","}
_EXTENSIONS = {".txt": "kbart", ".tsv": "tsv", ".csv": "csv"}
# Columns that name a title (KBART's publication_title first) and the collection of a row.
TITLE_COLUMNS = ("publication_title", "title")
COLLECTION_COLUMN = "collection"


@dataclass(frozen=True, slots=True)
class Located:
    """A document file that may be read, or why it may not (``problem``)."""

    path: Path | None
    problem: str | None
    size: int = 0


def locate(root: Path, relative: str, max_bytes: int) -> Located:
    """The regular file ``relative`` names inside ``root``, within ``max_bytes``."""
    pure = PurePosixPath(relative)
    if (pure.is_absolute() or "\\" in relative or ".." in pure.parts
            or any(ord(c) < 32 or ord(c) == 127 for c in relative)):
        return Located(None, f"`{_shown(relative)}` is not a path inside the repository "
                             "(relative, `/` separators, no `..`, no control characters)")
    base = Path(os.path.realpath(root))
    try:
        path = Path(os.path.realpath(root / relative))
    except (OSError, ValueError):
        return Located(None, f"`{_shown(relative)}` cannot be looked up")
    if not path.is_relative_to(base):
        return Located(None, f"`{_shown(relative)}` leads outside the repository; refused")
    try:
        info = path.stat()
    except OSError:
        return Located(None, f"`{_shown(relative)}` does not exist in the repository")
    if not stat.S_ISREG(info.st_mode):
        return Located(None, f"`{_shown(relative)}` is not a regular file")
    if info.st_size > max_bytes:
        return Located(None, f"`{_shown(relative)}` is {info.st_size:,} bytes, over the "
                             f"{max_bytes:,}-byte limit; not read")
    return Located(path, None, info.st_size)


def _shown(relative: str) -> str:
    """The path as a message can carry it: control characters as escapes, at most 200."""
    text = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in relative)
    return text if len(text) <= 200 else text[:200] + "..."


def sha256(path: Path, max_bytes: int) -> str | None:
    """The file's SHA-256 (None if it cannot be read, is no longer a regular file, or grew
    past ``max_bytes``)."""
    import hashlib  # here, not at module level: OpenSSL would cost every validate's start-up

    digest, read = hashlib.sha256(), 0
    try:  # in pieces: a document may be tens of MB
        with open_regular(path, follow_links=False) as stream:
            while chunk := stream.read(1 << 16):
                read += len(chunk)
                if read > max_bytes:
                    return None
                digest.update(chunk)
    except (OSError, Refused):
        return None
    return digest.hexdigest()


def title_format(document: dict[str, object]) -> str | None:
    """The readable title-list format of a document, or None (a PDF, a URL, unknown)."""
    given = document.get("format")
    if isinstance(given, str):
        return given if given in READABLE else None
    path = document.get("path")
    if isinstance(path, str):
        return _EXTENSIONS.get(PurePosixPath(path).suffix.lower())
    return None


@dataclass(frozen=True, slots=True)
class TitleList:
    """What a title list says: its title column, and the data line each collection first
    appears on (empty when the list has no collection column)."""

    title_column: str | None
    collections: dict[str, int]
    rows: int
    truncated: bool
    problem: str | None = None


def read_titles(path: Path, file: str, fmt: str, max_rows: int, max_bytes: int) -> TitleList:
    """Read a KBART, TSV or CSV title list (UTF-8) of at most ``max_bytes``, at most
    ``max_rows`` data rows."""
    import csv  # only where a licence names a title list: not on validate's start-up

    try:
        raw = read_regular(path, max_bytes)
    except (OSError, Refused) as exc:
        return TitleList(None, {}, 0, False, f"`{file}` {unreadable(exc)}")
    text = decode(raw, file)
    if isinstance(text, Diagnostic):
        return TitleList(None, {}, 0, False, f"`{file}`: {text.message}")
    delimiter = READABLE[fmt]
    # KBART and TSV do not quote: a title's `"` is text, not the start of a quoted field.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                        quoting=csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        title = next((c for c in TITLE_COLUMNS if c in header), None)
        where = header.index(COLLECTION_COLUMN) if COLLECTION_COLUMN in header else None
        seen: dict[str, int] = {}
        rows = 0
        for row in reader:
            if rows >= max_rows:
                return TitleList(title, seen, rows, True)
            rows += 1
            if where is not None and where < len(row) and row[where].strip():
                seen.setdefault(row[where].strip(), reader.line_num)
    except csv.Error as exc:
        return TitleList(None, {}, 0, False, f"`{file}` is not {fmt.upper()} text: {exc}")
    return TitleList(title, seen, rows, False)
