"""Writing imported usage into a cost file: each fiscal year's figures under ``usage`` and
their provenance under ``usage_imports``, through the one comment-preserving writer, so
that comments and everything else in the file stay, and an import of the same reports
changes no byte."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from nzconfig.core.errors import EXIT_FINDINGS, EXIT_OK, Echo
from nzconfig.core.wording import plural
from nzconfig.domain.counter.importing import YearImport
from nzconfig.edit.yaml_writer import YamlDocument, write_all

if TYPE_CHECKING:
    from nzconfig.core.diagnostics import Diagnostic
    from nzconfig.engine.config import RuleConfig

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


def import_reports(repo: Path, reports: Iterable[Path], resource_id: str,
                   years: Iterable[str], echo: Echo, *, dry_run: bool = False) -> int:
    """``nzconfig usage import``: read members' COUNTER reports and write the resource's
    usage by fiscal year into its cost file, all or nothing (with ``dry_run``, print the
    diff); findings and notes on standard error; the exit code."""
    from nzconfig.core.diagnostics import Severity, sort_diagnostics
    from nzconfig.core.errors import FatalError
    from nzconfig.domain.costs import select
    from nzconfig.domain.counter import ids, importing
    from nzconfig.domain.counter.policy import usage_policy
    from nzconfig.engine.validate import validate

    years = tuple(years)
    outcome = validate(repo)
    network = outcome.network
    # What the import reads must load and meet its schema (the built-in checks, numbered
    # below 150): the cost file, the institutions and the policies. Findings of the rules (the
    # cost formula's among them: no usage yet is why one imports) do not stop it.
    blocking = [d for d in outcome.diagnostics if d.severity >= Severity.ERROR
                and d.file.startswith(("institutions/", "policies/", "costs/"))
                and int(d.rule[2:]) < 150]
    if blocking:
        for d in blocking:
            echo(d.text(), err=True)
        raise FatalError("the repository's cost, institution or policy files do not load; "
                         "fix them first")
    resource = select.find(network, resource_id)
    policy = usage_policy(network)
    metric = policy.metric(resource.usage_metric)
    if metric is None:
        d = resource.doc.diagnostic(
            ids.METRIC, Severity.ERROR, ("usage_metric",), f"`{resource.usage_metric}` "
            "has no COUNTER Metric_Type", "map it in policies/usage.yaml `metrics`, e.g. "
            "`Book & Chapter Downloads: Unique_Title_Requests`")
        echo(d.text(), err=True)
        return EXIT_FINDINGS
    result = importing.Outcome()
    selection = importing.Selection.of(resource.doc.data)
    read = importing.read_reports([(p, str(p)) for p in reports], network, metric, selection,
                                  result)
    result.diagnostics = _configured(result.diagnostics, outcome.configs)
    if not any(d.severity >= Severity.ERROR for d in result.diagnostics):
        importing.plan(resource, policy, metric, read, years, result)
        result.diagnostics = _configured(result.diagnostics, outcome.configs)
    shown = sort_diagnostics(result.diagnostics)
    for d in shown:
        echo(d.text(), err=True)
    for note in result.notes:
        echo(f"note: {note}", err=True)
    if any(d.severity >= Severity.ERROR for d in shown):
        echo("nzconfig: nothing written", err=True)
        return EXIT_FINDINGS
    if not result.years:
        echo("nzconfig: no fiscal year is covered by the reports; nothing written", err=True)
        return EXIT_FINDINGS
    doc = edited(repo / resource.file, resource.file, result.years)
    summary = ", ".join(f"{y.fiscal_year} ({plural(len(y.figures), 'member')})"
                        for y in result.years)
    if dry_run:
        echo(doc.diff(), nl=False)
        return EXIT_OK
    if write(doc):
        echo(f"{resource.file}: usage ({metric}) for {summary}")
    else:
        echo(f"{resource.file}: unchanged (usage for {summary} as imported before)")
    return EXIT_OK


def _configured(found: list[Diagnostic], configs: dict[str, RuleConfig]) -> list[Diagnostic]:
    """The import's findings as policies/rules.yaml sets them (switched off, or at another
    severity, as validate reports them): only those that leave a sound figure to write. A
    report that cannot be read or attributed, or a year it does not cover, stops the import
    whatever the configuration."""
    from nzconfig.domain.counter.importing import CONFIGURABLE

    out = []
    for d in found:
        config = configs.get(d.rule)
        if config is None or d.rule not in CONFIGURABLE:
            out.append(d)
        elif config.enabled:
            out.append(replace(d, severity=config.severity))
    return out
