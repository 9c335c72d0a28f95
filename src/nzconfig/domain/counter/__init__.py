"""COUNTER Release 5 and 5.1 usage reports, read into typed records (pure parsing: the only
I/O is a bounded read of the report file named).

``open_report(path, name)`` reads the tabular form (TSV or CSV, section 3.2 of the Code of
Practice, or an Excel workbook) or the JSON form (the COUNTER_SUSHI API's) of the Title,
Database and Platform Reports and their Standard Views. A report that cannot be read
raises ``CounterError`` with positioned diagnostics (file, row or line, column); a
malformed body row adds a diagnostic to ``report.problems`` and is skipped, so that every
bad row is reported at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from nzconfig.domain.counter.json_report import read_json
from nzconfig.domain.counter.model import (
    CounterError,
    CounterException,
    Header,
    Item,
    Report,
    Usage,
    months_between,
)
from nzconfig.domain.counter.source import MAX_JSON_BYTES, MAX_TABULAR_BYTES, open_regular
from nzconfig.domain.counter.tabular import read_tabular

__all__ = ["CounterError", "CounterException", "Header", "Item", "Report", "Usage",
           "months_between", "open_report"]


@contextmanager
def open_report(path: Path, name: str) -> Iterator[Report]:
    """The report in ``path`` (``name`` is how diagnostics call the file)."""
    if path.suffix.lower() == ".xlsx":
        open_regular(path, name, MAX_TABULAR_BYTES).close()  # a regular file, bounded
        from nzconfig.domain.counter.excel import read_excel

        yield read_excel(path, name)
        return
    json_form = path.suffix.lower() == ".json"
    with open_regular(path, name, MAX_JSON_BYTES if json_form else MAX_TABULAR_BYTES,
                      ) as stream:
        if not json_form and path.suffix.lower() not in (".tsv", ".csv", ".txt"):
            start = stream.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
            json_form = start[:1] in (b"{", b"[")
            stream.seek(0)
        if json_form:
            yield read_json(stream, name)
        else:
            yield read_tabular(stream, name)
