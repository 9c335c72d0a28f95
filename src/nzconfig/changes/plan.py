"""The NZ manager's checklist: the Alma steps that apply a change, in order, per collection.

Screen and field names are Alma's: a shared collection is edited in the Network Zone's
Electronic Collection Editor, access is its Group Settings tab (one group setting per
member), and the per-member CDI values are its CDI tab (labels from nzconfig.domain.cdi.LABELS).
Alma's API cannot write the CDI group settings, so people apply them; this says what to set.
"""

from __future__ import annotations

from dataclasses import dataclass

from nzconfig.changes.compare import CdiChange, Changes, CollectionChange
from nzconfig.changes.words import value
from nzconfig.core.wording import cdi_value
from nzconfig.domain.cdi import LABELS
from nzconfig.loading.model import Collection

EDITOR = "Network Zone > Electronic Collection Editor"
GROUP = f"{EDITOR} > Group Settings tab"
CDI = f"{EDITOR} > CDI tab"
DESCRIPTION = f"{EDITOR} > Description tab"
INHERITANCE = "Configuration > Resources > General > Other Settings"
# Collection keys with an Alma field to change; the others are recorded for the wiki only.
ALMA_FIELDS = {
    "public_name": (DESCRIPTION, "Public Name"),
    "proxy": (GROUP, "Proxy Selected (each member's group setting)"),
    "proxy_enabled": (GROUP, "Proxy Enabled (each member's group setting)"),
    "import_profile": ("Resources > Import Profiles", "the import profile that loads it"),
}


@dataclass(frozen=True, slots=True)
class Step:
    collection: str  # "" for steps that concern no one collection
    where: str  # Alma's screen (and tab)
    action: str


def steps(changes: Changes) -> list[Step]:
    result: list[Step] = []
    for change in changes.collections:
        result += _collection_steps(change)
    for code in changes.institutions_added:
        result.append(Step("", f"{code}'s Institution Zone: {INHERITANCE}",
                           "set cdi_consortia_inheritance to Y, so that it inherits the CDI "
                           "settings of the shared collections"))
    return result


def _collection_steps(c: CollectionChange) -> list[Step]:
    name = c.name
    out: list[Step] = []
    before, after = c.before, c.after
    if after is None:
        assert before is not None
        out += [Step(name, GROUP, f"delete the group setting of {m}")
                for m in sorted(set(before.members))]
        out.append(Step(name, "Network Zone", f"deactivate the electronic collection {name}"))
        return out
    if before is None:
        out.append(_activation(after))
    elif before.name != after.name:
        out.append(Step(name, DESCRIPTION, f"change Collection Name from “{before.name}” "
                                           f"to “{after.name}”"))
    if before is not None and c.status_changed and after.active:
        out.append(Step(name, "Network Zone", f"activate the electronic collection {name} "
                                              "again (it was inactive)"))
    out += [Step(name, GROUP, f"add a group setting for {m}") for m in c.added_members]
    out += _cdi_steps(name, c.cdi)
    unknown = sorted(set(c.added_members) - {x.member for x in c.cdi if x.after is not None})
    out += [Step(name, CDI, f"for {m}, no CDI values are known (the collection's linking is "
                            "not recorded): set them from the CDI settings matrix")
            for m in unknown]
    out += [Step(name, GROUP, f"delete the group setting of {m}") for m in c.removed_members]
    for f in c.fields:
        where, label = ALMA_FIELDS.get(f.key, ("", ""))
        if where:
            out.append(Step(name, where, f"set {label} to {value(f.after)} "
                                         f"(was {value(f.before)})"))
    if not after.active and (before is None or before.active):
        out.append(Step(name, "Network Zone", f"deactivate the electronic collection {name}"))
    return out


def _activation(after: Collection) -> Step:
    name = after.name
    if after.data.get("managed_via") == "import_profile":
        profile = after.data.get("import_profile", "(no import profile named)")
        return Step(name, "Network Zone", f"create the electronic collection {name} and load "
                                          f"its records with the import profile {profile}")
    cz = after.data.get("cz_name") or name
    return Step(name, "Network Zone", f"activate {cz} from the Community Zone (Activation "
                                      f"Wizard) as the electronic collection {name}")


def _cdi_steps(name: str, changes: tuple[CdiChange, ...]) -> list[Step]:
    by_member: dict[str, list[CdiChange]] = {}
    for x in changes:
        if x.after is not None:  # a value no longer stated is left as it is in Alma
            by_member.setdefault(x.member, []).append(x)
    out = []
    for member, items in sorted(by_member.items()):
        values = "; ".join(f"{LABELS[x.setting]} = {cdi_value(x.setting, x.after)}"
                           for x in items)
        out.append(Step(name, CDI, f"for {member}, set {values}"))
    return out
