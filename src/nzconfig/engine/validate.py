"""The validate pipeline: discover → load → schema → build the Network → rules.

Each stage is a plain function of the one before. Policy files are loaded first: if one
of them is broken the rules cannot be configured, so that is fatal (exit 2).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from nzconfig.core.diagnostics import Diagnostic, Severity, sort_diagnostics
from nzconfig.core.errors import FatalError
from nzconfig.engine import waivers
from nzconfig.engine.config import RuleConfig, rule_configs
from nzconfig.loading import schema
from nzconfig.loading.loader import Document, load_file
from nzconfig.loading.model import Collection, Institution, Network
from nzconfig.loading.repo import FOLDERS, discover, require_repository
from nzconfig.rules import BY_ID, RULES


@dataclass(slots=True)
class Outcome:
    """What a validation run found. ``waived`` findings are reported apart, not as errors."""

    network: Network
    diagnostics: list[Diagnostic]
    files: int
    configs: dict[str, RuleConfig] = field(default_factory=dict)
    waived: list[Diagnostic] = field(default_factory=list)


def load_network(root: Path) -> tuple[Network, list[Diagnostic], int]:
    """Load and schema-check every file; build the Network from the files that passed."""
    require_repository(root)
    sources, diagnostics = discover(root)
    network = Network(root)
    policy_problems: list[Diagnostic] = []
    with _collector_paused():
        for source in sources:
            loaded = load_file(source.path, source.file)
            problems = (schema.check(loaded, source.kind) if isinstance(loaded, Document)
                        else loaded)
            if source.kind not in FOLDERS.values():
                policy_problems.extend(problems)
                if isinstance(loaded, Document):
                    network.policies[source.kind] = loaded
                continue
            diagnostics.extend(problems)
            if isinstance(loaded, Document):
                _add(network, source.kind, loaded, valid=not problems)
    diagnostics.extend(d for d in policy_problems if d.severity < Severity.ERROR)
    broken = [d for d in policy_problems if d.severity >= Severity.ERROR]
    if broken:
        raise FatalError("the policy files have errors; fix them first", broken)
    return network, diagnostics, len(sources)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Loading makes about ten objects per YAML value and keeps them all, so the cyclic
    garbage collector would walk them again and again: a fifth of the load time at 2,000
    files (docs/performance.md). What loading keeps forms no cycles; the collector rests."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _add(network: Network, kind: str, doc: Document, *, valid: bool) -> None:
    if kind == "institution":
        if valid:
            network.institutions.setdefault(str(doc.data["code"]), Institution(doc))
        elif isinstance(doc.data.get("code"), str):
            network.extra_codes.add(doc.data["code"])
    elif kind == "collection":
        if valid:
            network.collections.append(Collection(doc))
    elif kind == "cost":
        if valid:
            network.costs.append(doc)
    elif valid:
        network.add_record(kind, doc)


def validate(root: Path, today: date | None = None) -> Outcome:
    """Run everything; ``today`` (default: $NZCONFIG_TODAY or the clock) dates the waivers."""
    network, diagnostics, files = load_network(root)
    configs, problems = rule_configs(network.policies.get("rules"))
    if problems:
        raise FatalError("policies/rules.yaml configures rules that do not exist", problems)
    for rule in RULES:
        config = configs[rule.ID]
        if not config.enabled:
            continue
        for finding in rule.check(network, config.params):
            diagnostics.append(finding.doc.diagnostic(
                rule.ID, config.severity, finding.path, finding.message, finding.hint,
                at_key=finding.at_key, collection=finding.collection, member=finding.member,
            ))
    waivable = [rule_id for rule_id, rule in BY_ID.items() if not getattr(rule, "FIXED", False)]
    kept, waived = waivers.apply(network.policies.get("waivers"), diagnostics, waivable,
                                 today or waivers.today())
    return Outcome(network, sort_diagnostics(kept), files, configs, sort_diagnostics(waived))
