"""Writing imported usage into a cost file: each fiscal year's figures under ``usage`` and
their provenance under ``usage_imports``, through the one comment-preserving writer, so
that comments and everything else in the file stay, and an import of the same reports
changes no byte."""

from __future__ import annotations

from pathlib import Path

from nzconfig.domain.counter.importing import YearImport
from nzconfig.edit.yaml_writer import YamlDocument, write_all

# A cost file's keys in the order docs/costs.md gives them: where a new key goes.
KEYS = ("name", "currency", "usage_metric", "counter", "collections", "cost_recovery",
        "years", "usage", "usage_imports", "notes")


def edited(path: Path, file: str, years: list[YearImport]) -> YamlDocument:
    """The cost file with ``years`` written in (nothing is written to disk yet)."""
    doc = YamlDocument.open(path, file)
    for section in ("usage", "usage_imports"):
        labels = sorted({*(doc.get((section,)) or {}), *(y.fiscal_year for y in years)})
        for year in years:
            value = year.figures if section == "usage" else year.provenance
            # A new section goes where KEYS puts it; a new year among the others, in order.
            order = KEYS if doc.get((section,)) is None else labels
            doc.set((section, year.fiscal_year), value, order=order)
    return doc


def write(doc: YamlDocument) -> bool:
    """Write the file if it changed (all or nothing); returns whether it did."""
    return bool(write_all([doc]))
