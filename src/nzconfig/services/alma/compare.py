"""The repository against a Snapshot of Alma, field by field.

Collections are matched by the ``alma_id`` a file records, else by exact name. Only what
the repository records is compared (pull fills in the rest); each difference carries the
place in the file it concerns, both values, and whether the API can write Alma's side.
Drift turns differences into findings, apply into a plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from nzconfig.core.catalog import DRIFT_ACCESS as ACCESS
from nzconfig.core.catalog import DRIFT_ACCESS_TYPE as ACCESS_TYPE
from nzconfig.core.catalog import DRIFT_ALMA_ID as ALMA_ID
from nzconfig.core.catalog import DRIFT_CDI as CDI
from nzconfig.core.catalog import DRIFT_GROUP as GROUP
from nzconfig.core.catalog import DRIFT_INHERITANCE as INHERITANCE
from nzconfig.core.catalog import DRIFT_LINKING as LINKING
from nzconfig.core.catalog import DRIFT_MISSING as MISSING
from nzconfig.core.catalog import DRIFT_NAME as NAME
from nzconfig.core.catalog import DRIFT_PROXY as PROXY
from nzconfig.core.catalog import DRIFT_STATUS as STATUS
from nzconfig.core.catalog import DRIFT_UNCHECKED as UNCHECKED
from nzconfig.core.catalog import DRIFT_UNRECORDED as UNRECORDED
from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.domain import cdi
from nzconfig.domain.naming import collection_file_name
from nzconfig.loading.loader import Document, Path_
from nzconfig.loading.model import Collection, Network
from nzconfig.services.alma.fetch import Snapshot
from nzconfig.services.alma.mapping import WRITABLE, Remote


@dataclass(frozen=True, slots=True)
class Difference:
    rule: str
    file: str
    doc: Document | None
    path: Path_  # the key concerned (its nearest recorded ancestor is where it is shown)
    message: str
    field: str = ""  # the repository's field ("members", "proxy", ...) for plans
    member: str | None = None
    collection: str | None = None
    alma_id: str | None = None
    alma: Any = None
    repo: Any = None
    severity: Severity = Severity.ERROR

    @property
    def writable(self) -> bool:
        return self.field in WRITABLE and self.alma_id is not None

    def diagnostic(self) -> Diagnostic:
        hint = ("make Alma match with `nzconfig apply`, or the repository with "
                "`nzconfig pull`" if self.severity is Severity.ERROR else None)
        if self.doc is None:
            # the file pull would create: the whole file, as everywhere (line 1, column 1)
            return Diagnostic(self.rule, self.severity, self.file, 1, 1, self.message,
                              hint=hint, collection=self.collection, member=self.member)
        return self.doc.diagnostic(self.rule, self.severity, self.path, self.message, hint,
                                   at_key=True, collection=self.collection, member=self.member)


@dataclass(frozen=True, slots=True)
class Match:
    collection: Collection | None
    remote: Remote | None
    by_name: bool = False


def matches(network: Network, snapshot: Snapshot,
            collections: list[Collection] | None = None) -> list[Match]:
    """Every repository collection (``collections``, default the valid ones) and every
    Alma collection, paired where they match."""
    by_id = {r.alma_id: r for r in snapshot.collections}
    by_name: dict[str, Remote] = {}
    for remote in snapshot.collections:
        by_name.setdefault(remote.name, remote)
    taken: set[str] = set()
    result = []
    for c in network.collections if collections is None else collections:
        recorded = c.data.get("alma_id")
        r: Remote | None = by_id.get(recorded) if recorded else None
        named = r is None
        if r is None:
            r = by_name.get(c.name)
        if r is not None and r.alma_id in taken:
            r = None
        if r is not None:
            taken.add(r.alma_id)
        result.append(Match(c, r, named and r is not None))
    result += [Match(None, r) for r in snapshot.collections if r.alma_id not in taken]
    return result


def differences(network: Network, snapshot: Snapshot) -> list[Difference]:
    found: list[Difference] = []
    for match in matches(network, snapshot):
        found += _collection(network, match)
    found += _institutions(network, snapshot)
    return found


def _collection(network: Network, m: Match) -> Iterator[Difference]:
    c, r = m.collection, m.remote
    if c is None:
        assert r is not None
        yield Difference(UNRECORDED, f"collections/{collection_file_name(r.name)}", None, (),
                         f"Alma has the collection {r.name} (id {r.alma_id}); the repository "
                         "does not", collection=r.name, alma_id=r.alma_id)
        return
    doc, name = c.doc, c.name
    if r is None:
        yield Difference(MISSING, doc.file, doc, ("alma_id",) if "alma_id" in c.data
                         else ("name",), f"Alma has no collection {name}"
                         + (f" (id {c.data['alma_id']})" if "alma_id" in c.data else ""),
                         collection=name)
        return

    def diff(rule: str, path: Path_, message: str, field: str, alma: Any, repo: Any,
             member: str | None = None) -> Difference:
        return Difference(rule, doc.file, doc, path, message, field, member, name, r.alma_id,
                          alma, repo)

    recorded = c.data.get("alma_id")
    if recorded and recorded != r.alma_id:
        yield diff(ALMA_ID, ("alma_id",), f"Alma's {name} has the id {r.alma_id}; the "
                   f"repository records {recorded}", "alma_id", r.alma_id, recorded)
    if not m.by_name and r.name != name:
        yield diff(NAME, ("name",), f"Alma names the collection {r.alma_id} “{r.name}”; the "
                   f"repository “{name}”", "name", r.name, name)
    if "public_name" in c.data or r.public_name:
        ours = c.data.get("public_name")
        if ours != r.public_name:
            yield diff(NAME, ("public_name",), f"Alma's public name of {name} is "
                       f"{_shown(r.public_name)}; the repository's {_shown(ours)}",
                       "public_name", r.public_name, ours)
    if r.access_type != c.access_type:
        yield diff(ACCESS_TYPE, ("access_type",), f"Alma has {name} as "
                   f"{r.access_type.replace('_', ' ')}; the repository as "
                   f"{c.access_type.replace('_', ' ')}", "access_type", r.access_type,
                   c.access_type)
    if r.status is not None and r.status != c.status:
        yield diff(STATUS, ("status",), f"{name} is {r.status} in Alma; {c.status} in the "
                   "repository", "status", r.status, c.status)
    linking = c.data.get("linking")
    if linking and r.linking and dict(linking) != r.linking:
        yield diff(LINKING, ("linking",), f"Alma links {name} at {_linking(r.linking)}; the "
                   f"repository says {_linking(linking)}", "linking", r.linking, dict(linking))
    if "proxy" in c.data and c.data["proxy"] != r.proxy:
        yield diff(PROXY, ("proxy",), f"Alma's proxy for {name} is `{r.proxy}`; the "
                   f"repository's `{c.data['proxy']}`", "proxy", r.proxy, c.data["proxy"])
    yield from _members(c, r, diff)
    yield from _group_settings(c, r, diff)
    yield from _cdi(network, c, r, diff)


def _members(c: Collection, r: Remote, diff: Any) -> Iterator[Difference]:
    ours = c.members
    for code in sorted(set(r.members) - set(ours)):
        yield diff(ACCESS, ("members",), f"Alma gives {code} access to {c.name}; the "
                   "repository does not", "members", list(r.members), sorted(set(ours)), code)
    for index, code in enumerate(ours):
        if code not in r.members and code not in ours[:index]:
            yield diff(ACCESS, ("members", index), f"the repository gives {code} access to "
                       f"{c.name}; Alma does not", "members", list(r.members),
                       sorted(set(ours)), code)


def _group_settings(c: Collection, r: Remote, diff: Any) -> Iterator[Difference]:
    recorded: dict[str, Any] = c.data.get("group_settings") or {}
    # What apply would make: settings only of members that keep access.
    ours = {m: dict(v or {}) for m, v in recorded.items() if m in c.members}
    shared = set(c.members) & set(r.members)
    for code in sorted(shared):
        mine, theirs = dict(ours.get(code) or {}), r.group_settings.get(code, {})
        for key in ("proxy", "public_name"):
            if mine.get(key) != theirs.get(key):
                path = ("group_settings", code, key) if key in mine else (
                    ("group_settings", code) if code in recorded else ("members",))
                yield diff(GROUP, path, f"Alma's group setting of {code} on {c.name} has "
                           f"{key.replace('_', ' ')} {_shown(theirs.get(key))}; the "
                           f"repository {_shown(mine.get(key))}", "group_settings",
                           r.group_settings, ours, code)


def _cdi(network: Network, c: Collection, r: Remote, diff: Any) -> Iterator[Difference]:
    for index, code in enumerate(c.members):
        alma = r.cdi.get(code)
        if not alma or code not in r.members:
            continue
        for name, setting in cdi.effective(network, c, code).items():
            if name in alma and alma[name] != setting.value:
                path = ("cdi", code, name) if name in cdi.override(c, code) else (
                    "members", index)
                yield diff(CDI, path, f"Alma sets “{cdi.LABELS[name]}” = {_yes(alma[name])} "
                           f"for {code} on {c.name}; the repository "
                           + ("(override)" if setting.source == "override" else
                              f"(CDI matrix row `{setting.row}`)")
                           + f" says {_yes(setting.value)}", "cdi", alma[name], setting.value,
                           code)


def _institutions(network: Network, snapshot: Snapshot) -> Iterator[Difference]:
    for code, institution in sorted(network.institutions.items()):
        doc = institution.doc
        if code in snapshot.unchecked:
            yield Difference(UNCHECKED, doc.file, doc, ("code",), f"{code}'s own settings in "
                             f"Alma are not checked: no key in ALMA_API_KEY_{code}",
                             member=code, severity=Severity.NOTICE)
            continue
        alma = snapshot.inheritance.get(code)
        ours = institution.data.get("cdi_consortia_inheritance")
        if code in snapshot.inheritance and ours is not None and alma is not None \
                and alma != ours:
            yield Difference(INHERITANCE, doc.file, doc, ("cdi_consortia_inheritance",),
                             f"{code}'s cdi_consortia_inheritance is {_yes(alma)} in Alma; "
                             f"the repository records {_yes(ours)}",
                             "cdi_consortia_inheritance", member=code, alma=alma, repo=ours)


def _yes(value: Any) -> str:
    return "Y" if value else "N"


def _shown(value: Any) -> str:
    return f"“{value}”" if value else "(none)"


def _linking(linking: Any) -> str:
    return f"{linking['level']} / {linking['method'].replace('_', ' ')}"
