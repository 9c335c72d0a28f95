"""Both sides of a change read, validated and compared: what diff and plan show.

A file with the same bytes on both sides (most of them, in a pull request) is parsed and
schema-checked once: the two validations share a cache keyed by git blob id."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from nzconfig.changes import compare, findings
from nzconfig.changes import waivers as waiver_changes
from nzconfig.changes.snapshot import Side, resolve
from nzconfig.core import isodate
from nzconfig.core.errors import FatalError
from nzconfig.engine.validate import Cache, Outcome, validate


@dataclass(slots=True)
class Analysis:
    base: Side
    head: Side
    base_outcome: Outcome
    head_outcome: Outcome
    changes: compare.Changes
    findings: findings.FindingsDiff
    waivers: waiver_changes.WaiverChanges


def analyse(repo: Path, base_spec: str, head_spec: str | None) -> Analysis:
    with tempfile.TemporaryDirectory(prefix="nzconfig-diff-") as scratch:
        base = resolve(repo, base_spec, Path(scratch) / "base")
        head = resolve(repo, head_spec, Path(scratch) / "head")
        cache: Cache = {}
        # What the rules derived from a side (the cost analysis above all) is not compared:
        # the base's is dropped before the head is validated, so the two are never held at once.
        base_outcome = _validate(base, cache)
        base_outcome.network.forget_derived()
        head_outcome = _validate(head, cache)
        head_outcome.network.forget_derived()
        del cache
    changes = compare.compare(base_outcome.network, head_outcome.network)
    files, names = changes.renames()
    diff = findings.compare(base_outcome.diagnostics, head_outcome.diagnostics, files, names)
    waived = waiver_changes.compare(
        base_outcome.network.policies.get("waivers"), head_outcome.network.policies.get("waivers"),
        base_outcome.waived, head_outcome.waived, files, names, isodate.today())
    return Analysis(base, head, base_outcome, head_outcome, changes, diff, waived)


def _validate(side: Side, cache: Cache) -> Outcome:
    try:
        return validate(side.root, tree=side.tree, cache=cache)
    except FatalError as exc:
        raise FatalError(f"{side.label}: {exc.message}", exc.diagnostics) from exc
