"""Write a deterministic synthetic consortium in the repository format, for benchmarks.

    python benchmarks/generate.py --collections 2000 --members 100 --out /some/dir

The output is a complete repository: ``institutions/`` (one file per member),
``collections/`` (one file per collection, named as rule NZ154 wants), ``policies/`` (the
shipped policy files copied as they are, plus a generated ``waivers.yaml``). Collections look
like the shipped WRLC ones: a package, availability statements, subscription or open access,
some managed by import profile, a linking level and method for most (so the CDI matrix
applies), per-member CDI overrides with reasons for a few, and member lists between half
and all of the members (open access: all; inactive: none). Optional fields that newer
rules ask for (an approval record, inactive_since) are written where the schema has them.
A handful of collections list a former member, each waived with a reason, so the waiver
path is exercised too.

The same arguments always give the same bytes (a seeded ``random.Random``; no hash order).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

from nzconfig.domain.naming import collection_file_name
from nzconfig.loading.schema import SCHEMAS

ROOT = Path(__file__).resolve().parents[1]
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's emitter: 6x faster

PACKAGES = (
    "JSTOR", "De Gruyter", "ProQuest", "Springer Nature", "Elsevier", "Wiley", "Taylor & Francis",
    "Oxford University Press", "Cambridge University Press", "Project MUSE", "EBSCO", "Gale",
    "SAGE", "IEEE", "Brill", "Karger", "Emerald", "Duke University Press", "Bloomsbury",
)
SUBJECTS = (
    "Arts and Sciences", "Business", "Law", "Medicine", "Nursing", "Engineering", "History",
    "Philosophy", "Religion", "Music", "Political Science", "Economics", "Education",
    "Psychology", "Sociology", "Life Sciences", "Mathematics", "Physics", "Chemistry",
)
KINDS = ("Journals", "eBooks", "Complete eBook Package", "Backlist", "Archive", "Open Access")
AVAILABILITY = (
    "Access to all in collection",
    "EBA - Access to all in collection",
    "DDA - Access to titles published 2009 or after with a price cap of $175 (list price)",
    "Perpetual access to titles purchased 2015-2020",
    "Current subscription years only",
)
UNIVERSITIES = (
    "American", "Catholic", "Gallaudet", "George Mason", "Georgetown", "George Washington",
    "Howard", "Marymount", "Trinity", "Capitol", "Potomac", "Chesapeake", "Shenandoah",
)
REASONS = (
    "the member subscribes to the full collection locally",
    "full text is loaded by the member's own import profile",
    "the member's discovery layer shows these titles through another collection",
)
FORMER_MEMBER = "FORMERMEMBER"


def _letters(index: int) -> str:
    """0 -> AA, 1 -> AB, ... : short upper-case codes like Alma's institution codes."""
    first, second = divmod(index, 26)
    head = ""
    while True:
        first, rest = divmod(first, 26)
        head = chr(ord("A") + rest) + head
        if first == 0:
            break
        first -= 1
    return head + chr(ord("A") + second)


def institutions(count: int, rng: random.Random) -> list[dict[str, Any]]:
    result = []
    for i in range(count):
        # Every fourth member is the law or health school of the one before, as in WRLC.
        parent, branch = divmod(i, 4)
        code = "M" + _letters(parent) + ("", "LAW", "HLTH", "LIB")[branch]
        university = f"{UNIVERSITIES[parent % len(UNIVERSITIES)]} University {parent + 1}"
        school = ("", " Law Library", " Health Sciences Library", " Special Libraries")[branch]
        fte = {str(year): rng.randrange(500, 30000) for year in (2022, 2023, 2024)}
        result.append({
            "code": code,
            "name": university + school,
            "cdi_consortia_inheritance": True,
            "fte": fte,
        })
    return result


def _matrix(policies: Path) -> tuple[list[dict[str, str]], list[str]]:
    """Every (level, method) the CDI matrix has a row for, and the settings it names.

    Tolerant of the file's shape: no matrix (or another shape) means no linking is written.
    """
    try:
        matrix = yaml.safe_load((policies / "cdi-matrix.yaml").read_text(encoding="utf-8"))
        rows = [r for r in (matrix.get("rows") or []) if isinstance(r, dict)]
        choices = [
            {"level": level, "method": row["method"]}
            for row in rows if "method" in row for level in row.get("levels") or []
        ]
        settings = sorted({s for row in rows for s in (row.get("settings") or {})})
    except (OSError, yaml.YAMLError, AttributeError, TypeError):
        return [], []
    return choices, settings


def _network(policies: Path) -> tuple[str, str]:
    """The shipped network's code and collection-name suffix."""
    try:
        data = yaml.safe_load((policies / "network.yaml").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        data = None
    data = data if isinstance(data, dict) else {}
    return str(data.get("code", "NET")), str(data.get("name_suffix", ""))


def _collection_keys() -> set[str]:
    """The keys the installed collection schema defines: optional fields newer rules need
    are written only where the schema has them, so the generator works across versions."""
    schema = json.loads((SCHEMAS / "collection.schema.json").read_text(encoding="utf-8"))
    return set(schema.get("properties", {}))


def collections(
    count: int, codes: list[str], policies: Path, rng: random.Random,
) -> list[dict[str, Any]]:
    network_code, suffix = _network(policies)
    known = _collection_keys()
    linking, settings = _matrix(policies)
    result = []
    for i in range(count):
        package = PACKAGES[i % len(PACKAGES)]
        kind = KINDS[(i // len(PACKAGES)) % len(KINDS)]
        subject = SUBJECTS[rng.randrange(len(SUBJECTS))]
        name = f"{package} {subject} {kind} {i + 1}"
        open_access = kind == "Open Access" or rng.random() < 0.15
        data: dict[str, Any] = {"name": f"{name} {suffix}".strip(), "package": package}
        if rng.random() < 0.1:
            data["cz_name"] = f"{package} {subject} {kind}"
        if rng.random() < 0.08:
            data["managed_via"] = "import_profile"
            data["import_profile"] = f"{package} {kind} loader"
        else:
            data["managed_via"] = "community_zone"
        data["access_type"] = "open_access" if open_access else "subscription"
        if not open_access:
            data["acquisitions_profile"] = network_code
        elif "approval" in known:  # added before approval records were kept
            data["approval"] = {"legacy": True}
        data["availability"] = sorted(rng.sample(AVAILABILITY, rng.randrange(1, 3)))
        inactive = rng.random() < 0.05
        data["status"] = "inactive" if inactive else "active"
        if inactive and "inactive_since" in known:
            data["inactive_since"] = f"{rng.randrange(2015, 2025)}-06-30"
        if linking and rng.random() < 0.7:
            data["linking"] = dict(linking[rng.randrange(len(linking))])
        data["proxy"] = "default"
        # Open access goes to everyone; subscriptions to between half and all members.
        # An inactive collection grants no access any more.
        share = 0.0 if inactive else 1.0 if open_access else rng.uniform(0.5, 1.0)
        members = [c for c in codes if rng.random() < share]
        data["members"] = members
        if "linking" in data and members and settings and rng.random() < 0.05:
            data["cdi"] = {
                member: {settings[rng.randrange(len(settings))]: rng.random() < 0.5,
                         "reason": REASONS[rng.randrange(len(REASONS))]}
                for member in sorted(rng.sample(members, min(2, len(members))))
            }
        result.append(data)
    return result


def _dump(path: Path, data: dict[str, Any]) -> None:
    path.write_text(
        yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100),
        encoding="utf-8",
    )


def generate(out: Path, n_collections: int, n_members: int, seed: int, policies: Path) -> None:
    rng = random.Random(seed)
    for folder in ("institutions", "collections", "policies"):
        if (out / folder).exists():
            shutil.rmtree(out / folder)
        (out / folder).mkdir(parents=True)
    members = institutions(n_members, rng)
    for inst in members:
        _dump(out / "institutions" / f"{inst['code']}.yaml", inst)
    codes = sorted(inst["code"] for inst in members)
    colls = collections(n_collections, codes, policies, rng)
    # A few collections still list a member that left; each is waived with a reason.
    waivers = []
    active = [data for data in colls if data["status"] == "active"]
    for data in active[3::max(1, len(active) // 4)][:4]:
        data["members"] = sorted([*data["members"], FORMER_MEMBER])
        waivers.append({
            "rule": "NZ151",
            "collection": data["name"],
            "member": FORMER_MEMBER,
            "reason": "access ends with the current licence term; removed at renewal",
            "expires": "2099-12-31",
        })
    for data in colls:
        _dump(out / "collections" / collection_file_name(data["name"]), data)
    for source in sorted(policies.glob("*.y*ml")):
        if source.name != "waivers.yaml":
            shutil.copyfile(source, out / "policies" / source.name)
    header = "# Generated by benchmarks/generate.py: accepted exceptions, each with a reason.\n"
    (out / "policies" / "waivers.yaml").write_text(
        header + yaml.safe_dump({"waivers": waivers}, sort_keys=False, width=100),
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--collections", type=int, required=True, help="number of collections")
    parser.add_argument("--members", type=int, default=100, help="number of member institutions")
    parser.add_argument("--out", type=Path, required=True, help="repository folder to write")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--policies", type=Path, default=ROOT / "policies",
                        help="policy files to copy (default: the shipped policies/)")
    args = parser.parse_args(argv)
    if args.collections < 1 or args.members < 1:
        parser.error("--collections and --members must be at least 1")
    generate(args.out, args.collections, args.members, args.seed, args.policies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
