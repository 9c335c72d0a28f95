"""``nzconfig pull``: Alma's values of the fields Alma owns, written into the repository.

A file already there (matched by ``alma_id``, else by name) is edited in place through the
comment-preserving writer: only the fields below change; comments, key order and every
other field stay. A collection new in Alma becomes a new file named by the naming rule; a
collection Alma does not have is reported and kept. All files are written as one
transaction, or none (``--dry-run`` shows the diff instead).

Fields written: alma_id, name (when matched by id), public_name, access_type, status,
linking, proxy, members, group_settings, the per-member ``cdi`` overrides where Alma
differs from what the CDI matrix prescribes, and each member's cdi_consortia_inheritance
(read with its own key).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nzconfig.core.catalog import DRIFT_MISSING as MISSING
from nzconfig.core.errors import EXIT_OK, Echo, FatalError
from nzconfig.domain import cdi
from nzconfig.domain.naming import collection_file_name
from nzconfig.edit.table_import import editor_header
from nzconfig.edit.yaml_writer import YamlDocument
from nzconfig.loading.loader import Document
from nzconfig.loading.model import Collection, Network
from nzconfig.loading.schema import load_schema
from nzconfig.services.alma.compare import Difference, matches
from nzconfig.services.alma.fetch import Snapshot
from nzconfig.services.alma.mapping import Remote


@dataclass(slots=True)
class Pull:
    """The bytes to write (changed files only) and, for --dry-run, their diffs. Each file is
    edited and let go in turn: 20,000 round-trip trees never sit in memory together."""

    files: dict[Path, bytes] = field(default_factory=dict)
    diffs: dict[str, str] = field(default_factory=dict)  # file -> unified diff
    kept: list[Difference] = field(default_factory=list)  # files Alma does not have
    new: int = 0

    def add(self, doc: YamlDocument, diff: bool) -> None:
        if doc.changed:
            self.files[doc.path] = doc.encoded()
            if diff:
                self.diffs[doc.file] = doc.diff()


def pull(root: Path, network: Network, snapshot: Snapshot,
         collections: list[Collection], *, diff: bool = False) -> Pull:
    """The edits that make the repository say what Alma says; ``collections`` are the
    files to match (every one that loads, valid or not)."""
    keys = list(load_schema("collection")["properties"])
    result = Pull()
    for match in matches(network, snapshot, collections):
        c, r = match.collection, match.remote
        if c is not None and r is not None:
            doc = YamlDocument.open(root / c.doc.file, c.doc.file)
            _update(doc, network, r, keys, by_name=match.by_name)
            result.add(doc, diff)
        elif r is not None:
            doc = _new(root, network, r, keys)
            if doc.path in result.files:
                raise FatalError(f"{doc.file}: two of Alma's collections would be written here "
                                 f"(one is {r.name}, id {r.alma_id}); rename one in Alma; "
                                 "nothing written")
            result.add(doc, diff)
            result.new += 1
        elif c is not None:
            result.kept.append(Difference(
                MISSING, c.doc.file, c.doc, ("name",),
                f"Alma has no collection {c.name}; the file is kept", collection=c.name))
    institution_keys = list(load_schema("institution")["properties"])
    for code, institution in sorted(network.institutions.items()):
        value = snapshot.inheritance.get(code)
        if value is None:
            continue
        doc = YamlDocument.open(root / institution.doc.file, institution.doc.file)
        doc.set(("cdi_consortia_inheritance",), value, order=institution_keys)
        result.add(doc, diff)
    return result


def _update(doc: YamlDocument, network: Network, r: Remote, keys: list[str], *,
            by_name: bool) -> None:
    doc.set(("alma_id",), r.alma_id, order=keys)
    if not by_name:
        doc.set(("name",), r.name, order=keys)
    for key, value in _owned(r).items():
        if value is None:
            doc.delete((key,))
        else:
            doc.set((key,), value, order=keys)
    _cdi(doc, network, r)


def _owned(r: Remote) -> dict[str, Any]:
    """The Alma-owned fields' new values; None removes the key."""
    owned: dict[str, Any] = {"public_name": r.public_name, "access_type": r.access_type}
    if r.status is not None:
        owned["status"] = r.status
    if r.linking is not None:
        owned["linking"] = dict(r.linking)
    owned["proxy"] = r.proxy
    owned["members"] = list(r.members)
    owned["group_settings"] = {m: dict(sorted(v.items(), key=lambda kv: kv[0] != "proxy"))
                               for m, v in sorted(r.group_settings.items())} or None
    return owned


def _cdi(doc: YamlDocument, network: Network, r: Remote) -> None:
    """Per member, where Alma's CDI value differs from the matrix row for the (new) linking,
    an override with Alma's value; an override Alma and the matrix now agree on goes."""
    data = doc.data()
    if not isinstance(data.get("cdi", {}), dict) or not isinstance(data.get("linking", {}),
                                                                    dict):
        return  # a malformed file: validate reports it; its CDI waits until it is fixed
    # Read once: an edit of one member's override changes nothing another member reads.
    collection = Collection(Document(doc.file, data))
    row = cdi.row_for(network, collection)
    for member in r.members:
        alma = r.cdi.get(member) or {}
        current = cdi.effective(network, collection, member)
        for name in cdi.SETTINGS:
            if name not in alma or row is None or name not in row.settings:
                continue
            if row.settings[name] == alma[name]:
                if name in cdi.override(collection, member) and not \
                        cdi.override(collection, member).get("reason"):
                    doc.delete(("cdi", member, name))
            elif current[name].value != alma[name]:
                doc.set(("cdi", member, name), alma[name], order=cdi.SETTINGS)
        own = doc.get(("cdi", member))
        if own is not None and not any(k in own for k in cdi.SETTINGS) \
                and not own.get("reason"):
            doc.delete(("cdi", member))
    if doc.get(("cdi",)) == {}:
        doc.delete(("cdi",))


def _new(root: Path, network: Network, r: Remote, keys: list[str]) -> YamlDocument:
    file = f"collections/{collection_file_name(r.name)}"
    path = root / file
    if path.exists() or path.is_symlink():
        raise FatalError(f"{file}: Alma's collection {r.name} (id {r.alma_id}) would be "
                         "written here, but the file exists and matches no Alma collection "
                         "(is it invalid, or named differently?); nothing written")
    data: dict[str, Any] = {"name": r.name, "alma_id": r.alma_id,
                            "managed_via": "community_zone"}
    data.update({k: v for k, v in _owned(r).items() if v is not None})
    if "status" not in data:
        data["status"] = "active"
    ordered = {k: data[k] for k in keys if k in data}
    doc = YamlDocument.new(path, ordered, file,
                           header=editor_header(network.policy("network")))
    _cdi(doc, network, r)
    return doc


def pull_repository(repo: Path, echo: Echo, *, dry_run: bool = False) -> int:
    """``nzconfig pull``: read Alma, edit the files and write them (with ``dry_run``, print
    the diff instead), then validate the result; every line masked; validate's exit code."""
    from nzconfig.core.diagnostics import exit_code
    from nzconfig.services.alma.keys import scrub, scrubbed

    with scrubbed():
        lines, diffs = _pulled(repo, dry_run)
        if dry_run:
            echo(scrub(diffs), nl=False)
            for line in lines:
                echo(scrub(line), err=True)
            return EXIT_OK
        for line in lines:
            echo(scrub(line))
        # Alma's side and the edited files are let go by now: validate loads afresh.
        from nzconfig import report
        from nzconfig.engine.validate import validate

        outcome = validate(repo)
        echo(scrub(report.get("text")(outcome)), nl=False)
    return exit_code(outcome.diagnostics)


def _pulled(repo: Path, dry_run: bool) -> tuple[list[str], str]:
    """Read Alma, edit the files, write them (unless ``dry_run``); the report's lines and,
    for a dry run, the diff."""
    from nzconfig.edit.yaml_writer import write_files
    from nzconfig.services.alma.session import editable_collections, open_repository

    session = open_repository(repo)
    snapshot = session.snapshot()
    result = pull(repo, session.network, snapshot, editable_collections(session),
                  diff=dry_run)
    if not dry_run:
        write_files(result.files)
    lines = [f"{d.file}: {d.message}" for d in result.kept]
    if snapshot.unchecked:
        lines.append(f"pull: not read (no ALMA_API_KEY_<CODE>): {', '.join(snapshot.unchecked)}")
    lines.append(f"pull: {len(snapshot.collections)} collections read from Alma "
                 f"({snapshot.requests} requests); {len(result.files)} files "
                 + ("would change" if dry_run else "changed") + f" ({result.new} new)")
    return lines, "".join(result.diffs[f] for f in sorted(result.diffs))
