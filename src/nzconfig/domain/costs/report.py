"""What ``nzconfig cost`` prints: the table in the chosen format, and the findings on the
cost files it used. The findings come from the validation run (so policies/rules.yaml
severities and waivers apply); when the shares still cannot be computed (a cost rule switched
off), the cost rules' findings on the resources used are shown as errors: ``explain`` words
them (the rules do; this layer cannot import them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.domain.costs import output, select
from nzconfig.domain.costs.analysis import Computed
from nzconfig.loading.model import Network

CANNOT = "the cost shares cannot be computed; fix the errors above"

# The cost rules' findings on these computations, as errors, in the formula's order.
Explain = Callable[[Network, Sequence[Computed]], list[Diagnostic]]


@dataclass(slots=True)
class CostReport:
    text: str | None  # None when the shares cannot be computed
    findings: list[Diagnostic] = field(default_factory=list)  # for standard error


def cost_report(network: Network, diagnostics: Sequence[Diagnostic], resource: str | None,
                year: str | None, format_: str, explain: Explain) -> CostReport:
    """RESOURCE's table for a fiscal year, or (``resource`` None) the consortium's."""
    # A cost file that broke its schema is not in the Network: say so rather than "no such
    # resource", or a consortium total that silently leaves it out.
    broken = {d.file for d in diagnostics
              if d.file.startswith("costs/") and d.severity >= Severity.ERROR}
    report = CostReport(None)
    if resource is not None:
        stem = resource.removesuffix(".yaml")
        if _show(report, diagnostics, broken & {f"costs/{stem}.yaml", f"costs/{stem}.yml"},
                 [], failed=True, only_if_errors=True):
            return report
        chosen = select.find(network, resource)
        table, computed = select.resource_report(network, chosen, select.year_of(chosen, year))
        # When it fails, a broken cost file (its surrogate's, say) may be why: show those too.
        if _show(report, diagnostics, {chosen.file} | (broken if table is None else set()),
                 explain(network, [computed]) if table is None else [],
                 failed=table is None) or table is None:
            return report
        formats = {"text": output.text, "csv": output.csv_text, "json": output.json_text}
        report.text = formats[format_](table)
        return report
    if _show(report, diagnostics, broken, [], failed=True, only_if_errors=True):
        return report
    fiscal_year, tables, computations, failed = select.consortium_report(network, year)
    files = {r.shares.resource.file for t in tables for r in t.resources}
    if _show(report, diagnostics, files | {r.file for r in failed},
             explain(network, computations) if failed else [], failed=bool(failed)):
        return report
    if format_ == "csv":
        report.text = output.consortium_csv(tables)
    elif format_ == "json":
        report.text = output.consortium_json(tables, fiscal_year)
    else:
        report.text = output.consortium_text(tables, fiscal_year)
    return report


def _show(report: CostReport, diagnostics: Sequence[Diagnostic], files: set[str],
          explained: list[Diagnostic], *, failed: bool, only_if_errors: bool = False) -> bool:
    """Add the findings on ``files``; True when the report must stop there (failed), with
    ``explained`` when none of the findings is an error."""
    shown = [d for d in diagnostics if d.file in files]
    if only_if_errors and not shown:
        return False
    report.findings += shown
    if not failed:
        return False
    if not any(d.severity >= Severity.ERROR for d in shown):
        report.findings += explained
    return True
