"""``nzconfig apply``: make Alma's Network Zone say what the merged repository says.

The plan is every difference drift finds, turned round: for each collection, each field,
Alma's value (the base) and the repository's. The fields the Electronic API can write
(members as group settings, public name, proxy, members' group settings) are applied;
the others are listed for people, with the Alma screen where they are set.

Per collection: GET; refuse the collection if Alma no longer has the base values (someone
changed it meanwhile); PUT the whole object with only the planned fields changed (Alma's
PUT replaces the object); GET again and confirm. Every call goes into the journal. The
first failure stops the run; the report says what was applied and what was not.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nzconfig.core.catalog import DRIFT_UNCHECKED as UNCHECKED
from nzconfig.core.errors import EXIT_FINDINGS, EXIT_OK, Echo, FatalError
from nzconfig.services.alma import mapping
from nzconfig.services.alma.client import AlmaError, Client
from nzconfig.services.alma.compare import Difference
from nzconfig.services.alma.fetch import collection_path
from nzconfig.services.alma.journal import Journal
from nzconfig.services.alma.settings import Settings

EDITOR = "Network Zone > Electronic Collection Editor"
WHERE = {
    "name": f"{EDITOR} > Description tab", "public_name": f"{EDITOR} > Description tab",
    "status": "Network Zone: activate or deactivate the collection's full-text service",
    "linking": "the collection's full-text service and CDI tab (Community Zone data)",
    "access_type": f"{EDITOR} > Description tab (Free)",
    "cdi": f"{EDITOR} > CDI tab (the API cannot write CDI settings)",
    "cdi_consortia_inheritance": "the member's Configuration > Resources > General > "
                                 "Other Settings",
    "alma_id": "the repository (run `nzconfig pull`)",
}


@dataclass(frozen=True, slots=True)
class Change:
    alma_id: str
    collection: str
    field: str
    before: Any  # Alma's value when planned
    after: Any  # the repository's
    restore: tuple[dict[str, Any], ...] = ()  # undo: group settings to put back whole

    def describe(self) -> str:
        if self.field == "members":
            gained = sorted(set(self.after) - set(self.before))
            lost = sorted(set(self.before) - set(self.after))
            parts = ([f"add a group setting for {', '.join(gained)}"] if gained else []) + (
                [f"delete the group setting of {', '.join(lost)}"] if lost else [])
            return "Group Settings: " + "; ".join(parts)
        return f"{self.field.replace('_', ' ')}: {_shown(self.before)} → {_shown(self.after)}"

    def data(self) -> dict[str, Any]:
        return {"field": self.field, "before": self.before, "after": self.after}


@dataclass(slots=True)
class Plan:
    changes: dict[str, list[Change]] = field(default_factory=dict)  # alma id -> changes
    manual: list[str] = field(default_factory=list)
    total: int = 0  # Alma's collections

    @property
    def removed_accesses(self) -> int:
        return sum(len(set(c.before) - set(c.after)) for cs in self.changes.values()
                   for c in cs if c.field == "members")

    def text(self) -> str:
        lines = []
        for changes in sorted(self.changes.values(), key=lambda cs: cs[0].collection):
            first = changes[0]
            lines.append(f"{first.collection} (Alma id {first.alma_id})")
            lines += [f"  - {c.describe()}" for c in changes]
        if self.manual:
            lines.append("Not made by the API (people make these in Alma):")
            lines += [f"  - {m}" for m in self.manual]
        if not lines:
            lines.append("Nothing to apply: Alma says what the repository says.")
        return "\n".join(lines) + "\n"


def plan(differences: Iterable[Difference], total: int) -> Plan:
    result = Plan(total=total)
    seen: set[tuple[str, str]] = set()
    for d in differences:
        if d.rule == UNCHECKED:
            continue
        if d.writable:
            assert d.alma_id is not None and d.collection is not None
            if (d.alma_id, d.field) in seen:
                continue
            seen.add((d.alma_id, d.field))
            result.changes.setdefault(d.alma_id, []).append(
                Change(d.alma_id, d.collection, d.field, d.alma, d.repo))
        else:
            where = WHERE.get(d.field, "Alma")
            result.manual.append(f"{d.file}: {d.message} — {where}")
    return result


def guard(p: Plan, settings: Settings) -> None:
    share = len(p.changes) / max(p.total, 1)
    if share > settings.max_share_changed:
        raise FatalError(f"the plan changes {len(p.changes)} of Alma's {p.total} collections "
                         f"({share:.0%}), more than the guard allows "
                         f"({settings.max_share_changed:.0%}, policies/alma.yaml `guard`); "
                         "nothing applied (use --force if this is meant)")
    if p.removed_accesses > settings.max_access_removed:
        raise FatalError(f"the plan removes {p.removed_accesses} member accesses, more than "
                         f"the guard allows ({settings.max_access_removed}); nothing applied "
                         "(use --force if this is meant)")


def require_clean(root: Path) -> None:
    """Refuse a working tree whose tracked files differ from its last commit."""
    try:
        run = subprocess.run(["git", "-C", str(root), "status", "--porcelain",
                              "--untracked-files=no"], capture_output=True, text=True,
                             timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        run = None
    if run is None or run.returncode != 0:
        raise FatalError(f"{root}: not a git working tree, so what was merged cannot be told "
                         "from local edits; refused (use --allow-dirty to apply anyway)")
    if run.stdout.strip():
        count = len(run.stdout.strip().splitlines())
        raise FatalError(f"{root}: {count} files have uncommitted changes; apply what is "
                         "merged, not local edits (commit them, or use --allow-dirty)")


@dataclass(slots=True)
class Run:
    done: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    not_done: list[str] = field(default_factory=list)

    def text(self) -> str:
        lines = [f"applied: {c}" for c in self.done]
        lines += [f"refused: {c}" for c in self.refused]
        lines += [f"not applied: {c}" for c in self.not_done]
        lines.append(f"apply: {len(self.done)} collections applied, {len(self.refused)} "
                     f"refused, {len(self.not_done)} not applied")
        return "\n".join(lines) + "\n"


def execute(p: Plan, client: Client, settings: Settings, journal: Journal) -> Run:
    """Apply the plan collection by collection. A collection Alma changed since the plan
    is refused (the run goes on); any failure stops the run (AlmaError, with the report)."""
    run = Run()
    queue = sorted(p.changes.values(), key=lambda cs: cs[0].collection)
    for index, changes in enumerate(queue):
        first = changes[0]
        label = f"{first.collection} (Alma id {first.alma_id})"
        path = collection_path(first.alma_id)
        try:
            obj = client.get(path)
            journal.log(call="GET", path=path, collection=first.alma_id, outcome="read")
            now = mapping.fields(mapping.remote(obj, [], settings))
            moved = [c for c in changes if _norm(now[c.field]) != _norm(c.before)]
            if moved:
                fields = ", ".join(c.field for c in moved)
                run.refused.append(f"{label}: changed in Alma since the plan ({fields}); "
                                   "run drift and plan again")
                journal.log(call="GET", path=path, collection=first.alma_id,
                            outcome="refused", reason=f"changed since the plan: {fields}")
                continue
            body = mapping.updated(obj, {c.field: c.after for c in changes}, settings,
                                   [g for c in changes for g in c.restore])
            removed = mapping.removed_groups(obj, body)
            client.put(path, body)
            journal.log(call="PUT", path=path, collection=first.alma_id, name=first.collection,
                        outcome="sent", changes=[c.data() for c in changes],
                        removed_group_settings=removed)
            check = mapping.fields(mapping.remote(client.get(path), [], settings))
            wrong = [c.field for c in changes if _norm(check[c.field]) != _norm(c.after)]
            if wrong:
                journal.log(call="GET", path=path, collection=first.alma_id, outcome="failed",
                            reason=f"Alma did not keep: {', '.join(wrong)}")
                raise AlmaError(f"{label}: after the PUT, Alma does not have the planned "
                                f"{', '.join(wrong)}; stopped")
            journal.log(call="PUT", path=path, collection=first.alma_id, name=first.collection,
                        outcome="confirmed", changes=[c.data() for c in changes],
                        removed_group_settings=removed)
            run.done.append(label)
        except FatalError as exc:
            run.not_done += [f"{cs[0].collection} (Alma id {cs[0].alma_id})"
                             for cs in queue[index:]]
            raise AlmaError(f"{exc.message}\n{run.text()}".rstrip("\n")) from None
    return run


def inverse(entries: list[dict[str, Any]]) -> Plan:
    """The plan that puts back what a journal's confirmed PUTs changed, last first."""
    result = Plan()
    for entry in reversed(entries):
        alma_id = str(entry["collection"])
        removed = entry.get("removed_group_settings")
        restore = tuple(g for g in removed if isinstance(g, dict)) \
            if isinstance(removed, list) else ()
        changes = [Change(alma_id, str(entry.get("name") or alma_id), str(c["field"]),
                          c["after"], c["before"], restore if c["field"] == "members" else ())
                   for c in entry["changes"]
                   if isinstance(c, dict) and c.get("field") in mapping.WRITABLE]
        if alma_id in result.changes:
            raise FatalError(f"the journal changes Alma collection {alma_id} more than once; "
                             "undo its runs one at a time")
        result.changes[alma_id] = changes
    result.total = len(result.changes)
    return result


def _norm(value: Any) -> Any:
    """Compare as the repository writes: lists sorted, empty as None."""
    if isinstance(value, list):
        return sorted(value)
    if value in ("", {}, []):
        return None
    return value


def _shown(value: Any) -> str:
    if value in (None, "", {}, []):
        return "(none)"
    if isinstance(value, dict):
        return "; ".join(f"{k}: " + ", ".join(f"{kk} {vv}" for kk, vv in v.items())
                         for k, v in sorted(value.items()))
    return f"`{value}`"


def apply_repository(repo: Path, echo: Echo, *, yes: bool = False, force: bool = False,
                     allow_dirty: bool = False, undo: Path | None = None,
                     journal: Path | None = None) -> int:
    """``nzconfig apply``: the plan (or, with ``undo``, the inverse of a journal), printed;
    with ``yes``, executed under the guard (unless ``force``) into a journal; every line
    masked. The exit code: 1 when a collection was refused."""
    from nzconfig.services.alma.compare import differences
    from nzconfig.services.alma.journal import applied, default_path
    from nzconfig.services.alma.keys import scrub, scrubbed
    from nzconfig.services.alma.session import open_repository

    with scrubbed():
        session = open_repository(repo)
        if yes and undo is None and not allow_dirty:
            require_clean(repo)  # before any request: local edits are not a merge
        if undo is not None:
            changes = inverse(applied(undo))
        else:
            snapshot = session.snapshot()
            changes = plan(differences(session.network, snapshot), len(snapshot.collections))
        echo(scrub(changes.text()), nl=False)
        if not yes:
            if changes.changes:
                echo("apply: nothing written; run with --yes to make these changes")
            return EXIT_OK
        if undo is None and not force:
            guard(changes, session.settings)
        if not changes.changes:
            return EXIT_OK
        path = journal or default_path(repo)
        echo(f"journal: {path}")
        with Journal(path) as log, session.client() as client:
            done = execute(changes, client, session.settings, log)
        echo(scrub(done.text()), nl=False)
    return EXIT_FINDINGS if done.refused else EXIT_OK
