"""``nzconfig member remove`` and ``member rename``: one member's code, everywhere it is used.

A member code appears in a few known places, by file kind (the schemas say which):

    collections  members: [CODE], local_acquisitions: [CODE], cdi: {CODE: ...},
                 approval: {decisions: {CODE: in}}
    costs        years: {YEAR: {members: [CODE]}}, usage: {YEAR: {CODE: n}}
    licences     negotiation: {CODE: {...}}
    waivers      waivers: [{member: CODE, ...}]
    institutions the member's own file, institutions/CODE.yaml (code: CODE)

Every edit goes through the one comment-preserving writer (nzconfig.edit.yaml_writer), and
the whole change is one transaction: every file is staged, then all are moved into place.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nzconfig.core.errors import EXIT_OK, Echo, FatalError
from nzconfig.core.fsutil import Refused, read_regular
from nzconfig.core.limits import MAX_FILE_BYTES
from nzconfig.core.wording import plural
from nzconfig.edit.yaml_writer import YamlDocument, write_all
from nzconfig.loading.repo import discover, require_repository

Step = str | None  # a key, or None for "every key / item here"
# file kind -> (path to a list of codes | a mapping keyed by codes | a value that is a code)
LISTS: dict[str, tuple[tuple[Step, ...], ...]] = {
    "collection": (("members",), ("local_acquisitions",)),
    "cost": (("years", None, "members"),),
}
KEYS: dict[str, tuple[tuple[Step, ...], ...]] = {
    "collection": (("cdi",), ("approval", "decisions")),
    "cost": (("usage", None),),
    "licence": (("negotiation",),),
}
WHAT = {  # how the summary names each kind of reference
    "members": "Group Settings", "local_acquisitions": "local acquisitions",
    "cdi": "CDI overrides", "decisions": "open-access decisions", "usage": "usage figures",
    "negotiation": "negotiation details", "waivers": "waivers", "years": "cost-share years",
}


@dataclass
class Edit:
    """What ``remove``/``rename`` would change: the documents, and a count per kind."""

    documents: list[YamlDocument] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    emptied: list[str] = field(default_factory=list)  # collections left without members
    delete: Path | None = None  # the member's institution file, once the rest is written

    @property
    def files(self) -> int:
        return sum(doc.changed for doc in self.documents) + (self.delete is not None)

    def summary(self) -> list[str]:
        named = [(WHAT.get(kind, kind), n) for kind, n in self.counts.items()]
        return [f"{n} {what}" for what, n in sorted(named, key=lambda x: x[0].casefold())]


def plan(root: Path, old: str, new: str | None) -> Edit:
    """The edit removing ``old`` (``new`` None) or renaming it to ``new``; writes nothing."""
    require_repository(root)
    sources, _ = discover(root)
    edit = Edit()
    own = root / "institutions" / f"{old}.yaml"
    if new is not None:
        target = root / "institutions" / f"{new}.yaml"
        if target.exists() and own.exists():
            raise FatalError(f"institutions/{new}.yaml exists already: {new} is a member; "
                             f"to merge {old} into it, edit by hand")
        # Without institutions/OLD.yaml, OLD is a misspelling of NEW: the references move.
    referenced = False
    for source in sources:
        if source.kind == "institution" and source.path.name == own.name:
            continue
        if source.kind not in LISTS and source.kind not in KEYS and source.kind != "waivers":
            continue
        doc = YamlDocument.open(source.path, source.file)
        if _edit(doc, source.kind, old, new, edit):
            referenced = True
            edit.documents.append(doc)
            if source.kind == "collection" and not doc.get(("members",)):
                edit.emptied.append(source.file)
    if own.is_file():
        if new is None:
            edit.delete = own
        else:
            moved = YamlDocument.parse(_read(own), root / "institutions" / f"{new}.yaml",
                                       f"institutions/{new}.yaml")
            moved.set(("code",), new)
            edit.documents.append(moved)
            edit.delete = own
        edit.counts["institution file"] += 1
    elif not referenced:
        raise FatalError(f"`{old}` is not a member code this repository uses (no "
                         f"institutions/{old}.yaml, and no file names it)")
    return edit


def apply(edit: Edit) -> None:
    """Write every edited file as one transaction, then delete the member's old file."""
    if edit.delete is None:
        write_all(edit.documents)
        return
    aside = edit.delete.with_name(f".{edit.delete.name}.nzconfig-old")
    os.replace(edit.delete, aside)  # out of the way first: put back if the writes fail
    try:
        write_all(edit.documents)
    except BaseException:
        os.replace(aside, edit.delete)
        raise
    aside.unlink()


def change(repo: Path, old: str, new: str | None, echo: Echo, *,
           dry_run: bool = False) -> int:
    """``nzconfig member remove/rename``: plan the edit, then apply it or (``dry_run``) show
    it as a diff; a summary, and the collections left with no member; the exit code."""
    edit = plan(repo, old, new)
    what = f"rename {old} to {new}" if new else f"remove {old}"
    if dry_run:
        for doc in edit.documents:
            echo(doc.diff(), nl=False)
        if edit.delete is not None:
            echo(f"delete {edit.delete.relative_to(repo).as_posix()}")
    else:
        apply(edit)
    done = "would change" if dry_run else "changed"
    echo(f"member {what}: {done} {plural(edit.files, 'file')} ({', '.join(edit.summary())})")
    for file in edit.emptied:
        echo(f"{file}: no member has access any more; remove the collection or make it "
             "inactive", err=True)
    if not dry_run:
        echo(f"next: nzconfig validate {repo}")
    return EXIT_OK


def _edit(doc: YamlDocument, kind: str, old: str, new: str | None, edit: Edit) -> bool:
    changed = False
    for pattern in LISTS.get(kind, ()):
        for path in _expand(doc, pattern):
            items = doc.get(path)
            if not isinstance(items, list) or old not in items:
                continue
            kept = [x for x in items if x != old]
            if new is not None:
                if new not in kept:
                    kept.append(new)
                if items == sorted(items):  # keep a sorted list sorted (rule NZ217)
                    kept.sort()
                else:
                    kept = [new if x == old else x for x in items if x != new or x == old]
            doc.set(path, kept)
            edit.counts[str(pattern[-1] or pattern[0])] += 1
            changed = True
    for pattern in KEYS.get(kind, ()):
        for path in _expand(doc, pattern):
            mapping = doc.get(path)
            if not isinstance(mapping, dict) or old not in mapping:
                continue
            value = mapping[old]
            doc.delete((*path, old))
            if new is None and len(mapping) == 1 and pattern != ("approval", "decisions"):
                doc.delete(path)  # `cdi: {}` says nothing; the decisions are required
            if new is not None:
                doc.set((*path, new), value, order=sorted({*mapping, new} - {old}))
            edit.counts[str(pattern[-1] or pattern[0])] += 1
            changed = True
    if kind == "waivers":
        entries = doc.get(("waivers",)) or []
        for index in reversed(range(len(entries))):
            entry = entries[index]
            if isinstance(entry, dict) and entry.get("member") == old:
                if new is None:
                    doc.delete(("waivers", index))
                else:
                    doc.set(("waivers", index, "member"), new)
                edit.counts["waivers"] += 1
                changed = True
    return changed


def _expand(doc: YamlDocument, pattern: tuple[Step, ...]) -> Iterator[tuple[str, ...]]:
    """The concrete key paths a pattern names in this document (None: every key there)."""
    paths: list[tuple[str, ...]] = [()]
    for step in pattern:
        following: list[tuple[str, ...]] = []
        for path in paths:
            if step is None:
                node: Any = doc.get(path)
                if isinstance(node, dict):
                    following += [(*path, str(k)) for k in node]
            else:
                following.append((*path, step))
        paths = following
    yield from paths


def _read(path: Path) -> str:
    # Bounded and regular only, as every read of the repository (a FIFO would block).
    try:
        return read_regular(path, MAX_FILE_BYTES).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, Refused) as exc:
        raise FatalError(f"{path.name}: cannot be read: {exc}") from None
