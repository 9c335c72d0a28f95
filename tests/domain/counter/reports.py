"""The COUNTER fixtures (tests/fixtures/counter/README.md) and one-defect variants of them."""

from __future__ import annotations

from pathlib import Path

from nzconfig.core.diagnostics import Diagnostic
from nzconfig.domain.counter import CounterError, Report, Usage, open_report
from tests.conftest import FIXTURES

COUNTER = FIXTURES / "counter"
BLUE_TSV = COUNTER / "blue-2023-tr_b1-r51.tsv"
RED_JSON = COUNTER / "red-2023-tr_b1-r5.json"
YELLOW_JSON = COUNTER / "yellow-2023-tr-r51.json"


def text(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


def read(path: Path) -> tuple[Report, list[Usage]]:
    with open_report(path, path.name) as report:
        records = list(report.records)
    return report, records


def errors(path: Path) -> list[Diagnostic]:
    """The diagnostics of a report: those that stop it, or those of its rows."""
    try:
        report, _ = read(path)
    except CounterError as exc:
        return exc.diagnostics
    return report.problems


def totals(records: list[Usage], platform: str = "Fictitious E-Books") -> dict[str, int]:
    out: dict[str, int] = {}
    for record in records:
        if record.item.platform == platform:
            out[record.metric] = out.get(record.metric, 0) + record.total
    return out
