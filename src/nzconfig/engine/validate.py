"""The validate pipeline: discover → load → schema → build the Network → rules.

Each stage is a plain function of the one before. Policy files are loaded first: if one
of them is broken the rules cannot be configured, so that is fatal (exit 2).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from nzconfig.core import isodate
from nzconfig.core.catalog import DRIFT
from nzconfig.core.diagnostics import Diagnostic, Severity, sort_diagnostics
from nzconfig.core.errors import FatalError
from nzconfig.engine import waivers
from nzconfig.engine.config import RuleConfig, rule_configs
from nzconfig.loading import parallel
from nzconfig.loading.loader import Document
from nzconfig.loading.model import Collection, Institution, Network
from nzconfig.loading.repo import FOLDERS, Folder, SourceFile, Tree
from nzconfig.rules import BY_ID, RULES
from nzconfig.rules.base import Finding

if TYPE_CHECKING:
    from nzconfig.engine import salvage


@dataclass(slots=True)
class Outcome:
    """What a validation run found. ``waived`` findings are reported apart, not as errors."""

    network: Network
    diagnostics: list[Diagnostic]
    files: tuple[str, ...]  # every file the run read, relative to the root, sorted
    configs: dict[str, RuleConfig] = field(default_factory=dict)
    waived: list[Diagnostic] = field(default_factory=list)
    hidden: int = 0  # findings left out of the report by --min-severity

    def at_least(self, severity: Severity) -> Outcome:
        """The same outcome reporting only findings of ``severity`` or worse."""
        kept = [d for d in self.diagnostics if d.severity >= severity]
        return replace(self, diagnostics=kept,
                       hidden=self.hidden + len(self.diagnostics) - len(kept))


# What loading and the schema check made of one file, by (file, kind, git blob id): diff
# and plan validate two sides that mostly hold the same bytes, and parse each such file once.
Cache = dict[tuple[str, str, str], tuple[Document | list[Diagnostic], list[Diagnostic]]]


def load_network(root: Path, tree: Tree | None = None, cache: Cache | None = None,
                 ) -> tuple[Network, list[Diagnostic], tuple[str, ...]]:
    """Load and schema-check every file; build the Network from the files that passed.

    ``tree`` gives the files (default: the folder ``root``); with a ``cache``, a file whose
    bytes were loaded before (by their git blob id) is not parsed again."""
    network, _checked, diagnostics, files = _load_network(root, tree, cache)
    return network, diagnostics, files


def _load_network(root: Path, tree: Tree | None, cache: Cache | None, spare: bool = True,
                  ) -> tuple[Network, Network, list[Diagnostic], tuple[str, ...]]:
    """``load_network``, and the Network the rules check: the same one, or, where files
    failed their schema but their other values pass it, one that has them too (salvage)."""
    tree = tree if tree is not None else Folder(root)
    sources, diagnostics = tree.listing()
    network = Network(tree.root)
    policy_problems: list[Diagnostic] = []
    # Each data file as the rules may see it, in order: (kind, document, usable).
    added: list[tuple[str, Document, bool]] = []
    salvaged = False
    watch: salvage.Watch | None = None  # what the rules read of salvaged files, this run only
    if cache is None:
        wanted = sources
    else:  # a git revision names each file's blob: what was loaded need not even be read
        wanted = [s for s in sources if not (s.blob and (s.file, s.kind, s.blob) in cache)]
    reading = set(map(id, wanted))
    with collector_paused():
        # A folder of many files may load in parallel processes (loading/parallel.py).
        ready = (iter(parallel.load_all(sources, spare))
                 if cache is None and isinstance(tree, Folder) else None)
        contents = tree.contents(wanted) if ready is None else iter(())
        try:
            for source in sources:
                if ready is not None:
                    loaded, problems = next(ready)
                elif id(source) in reading:
                    loaded, problems = _load(source, next(contents), cache)
                else:
                    assert cache is not None
                    loaded, problems = cache[source.file, source.kind, source.blob]
                if source.kind not in FOLDERS.values():
                    policy_problems.extend(problems)
                    if isinstance(loaded, Document):
                        network.policies[source.kind] = loaded
                    continue
                diagnostics.extend(problems)
                if isinstance(loaded, Document):
                    rest = None
                    if problems:
                        from nzconfig.engine import salvage  # only for a file with errors

                        watch = watch or salvage.Watch()
                        rest = salvage.remainder(loaded, source.kind, problems, watch)
                    if not problems or (rest is not None and not rest.broken):
                        # valid, or only unknown keys dropped, which nothing reads
                        usable = loaded if rest is None else rest.doc
                        _add(network, source.kind, usable, valid=True)
                        added.append((source.kind, usable, True))
                    else:
                        _add(network, source.kind, loaded, valid=False)
                        added.append((source.kind, rest.doc if rest else loaded, rest is not None))
                        salvaged = salvaged or rest is not None
        finally:
            close = getattr(contents, "close", None)  # stops a git cat-file early
            if close is not None:
                close()
    diagnostics.extend(d for d in policy_problems if d.severity < Severity.ERROR)
    broken = [d for d in policy_problems if d.severity >= Severity.ERROR]
    if broken:
        raise FatalError("the policy files have errors; fix them first", broken)
    files = tuple(sorted({source.file for source in sources}))
    if not salvaged:
        return network, network, diagnostics, files
    from nzconfig.engine import salvage

    assert watch is not None  # made with the first salvaged file
    checked = salvage.CheckedNetwork(network.root, policies=network.policies, watch=watch)
    for kind, doc, valid in added:
        _add(checked, kind, doc, valid=valid)
    return network, checked, diagnostics, files


def _load(source: SourceFile, raw: bytes | list[Diagnostic], cache: Cache | None,
          ) -> tuple[Document | list[Diagnostic], list[Diagnostic]]:
    if cache is None or isinstance(raw, list):
        return parallel.load_source(source, raw)
    key = (source.file, source.kind, source.blob or blob_id(raw))
    if key not in cache:
        cache[key] = parallel.load_source(source, raw)
    return cache[key]


def blob_id(raw: bytes) -> str:
    """git's object id of a file with these bytes (SHA-1 of a blob header and the bytes)."""
    import hashlib  # only here: OpenSSL costs validate's start-up 4 MB and some milliseconds

    digest = hashlib.sha1(b"blob %d\0" % len(raw), usedforsecurity=False)
    digest.update(raw)
    return digest.hexdigest()


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector rests inside: loading makes about ten objects per YAML
    value and keeps them all, so the collector would walk them again and again (a fifth of
    the load time at 2,000 files, docs/performance.md), and so would it during the rules and
    each rendered page. What they keep forms no cycles; the few they drop are collected when
    the collector resumes."""
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


def validate(root: Path, today: date | None = None, tree: Tree | None = None,
             cache: Cache | None = None, spare: bool = True) -> Outcome:
    """Run everything; ``today`` (default: $NZCONFIG_TODAY or the clock) dates the rules
    and the waivers.
    ``tree`` and ``cache`` as for ``load_network``; ``spare``: whether loading may take
    idle cores (loading/parallel.processes)."""
    with collector_paused():  # the rules make few cycles, and would pay for full collections
        return _validate(root, today, tree, cache, spare)


def _validate(root: Path, today: date | None, tree: Tree | None, cache: Cache | None,
              spare: bool) -> Outcome:
    network, checked, diagnostics, files = _load_network(root, tree, cache, spare)
    day = today or isodate.today()  # one date for the rules and the waivers of this run
    network.today = checked.today = day
    configs, problems = rule_configs(network.policies.get("rules"))
    if problems:
        raise FatalError("policies/rules.yaml configures rules that do not exist", problems)
    for rule in RULES:
        config = configs[rule.ID]
        if not config.enabled:
            continue
        findings: Iterable[Finding]
        if checked is network:
            findings = rule.check(checked, config.params)
        else:
            from nzconfig.engine import salvage

            assert isinstance(checked, salvage.CheckedNetwork)
            # check() itself inside the watch: a rule may compute eagerly and return an
            # iterator over what it found (the cost rules do), not only read as it yields.
            with checked.watch.watching() as read:
                try:
                    findings = list(rule.check(checked, config.params))
                except (KeyError, TypeError, AttributeError, ValueError):
                    if not read():
                        raise
                    findings = []  # it needed a set-aside required value: not run, as below
            if read():  # the rule looked at a broken value: its findings could rest on that
                diagnostics.extend(salvage.not_run(rule.ID, read()))
                continue
        for finding in findings:
            diagnostics.append(finding.doc.diagnostic(
                rule.ID, config.severity, finding.path, finding.message, finding.hint,
                at_key=finding.at_key, collection=finding.collection, member=finding.member,
            ))
    known = {"collection": [c.name for c in checked.collections],
             "member": list(checked.institutions)}
    # NZ156/NZ157 guard against deceit in the pull request itself: not waivable from it.
    waivable = {rule_id for rule_id, rule in BY_ID.items() if not rule.FIXED}
    kept, waived = waivers.apply(network.policies.get("waivers"), diagnostics,
                                 {*waivable, *DRIFT}, day, scope=BY_ID,
                                 known=known)
    return Outcome(network, sort_diagnostics(kept), files, configs, sort_diagnostics(waived))
