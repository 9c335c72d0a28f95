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

The consortium is as of a date (``--as-of``, default AS_OF): its waivers expire at the end
of the following year, within the three years a waiver may run (NZ023) and not yet passed.
Run nzconfig on it with ``NZCONFIG_TODAY`` set to that date, as benchmarks/run.py does:
then it validates with no errors and no warnings whatever the calendar says (its licences,
costs and usage have dates of their own).

``--shape wide`` gives a differently shaped consortium, so that figures are not tuned to
one shape: long collection names (about 150 characters), many members per collection (90%
to all of them; use it with more --members), per-member CDI overrides on a third of the
linked collections (for a tenth of their members, one to three settings each), a vendor and
a licence (its terms and signed agreement) per package that collections name, and a cost
file per package with an invoice, an FTE multiplier and a year of usage per member.

The same arguments always give the same bytes (a seeded ``random.Random``; no hash order).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
from datetime import date
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
# The date the generated consortium is as of (run nzconfig with NZCONFIG_TODAY set to it).
AS_OF = date(2026, 11, 30)


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
    count: int, codes: list[str], policies: Path, rng: random.Random, wide: bool = False,
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
        if wide:  # long names, as some providers' package titles are
            name = (f"{package} {subject} and {SUBJECTS[(i * 7) % len(SUBJECTS)]} "
                    f"{kind}: Comprehensive Research Collection for the Consortium's Shared "
                    f"Access Programme, Part {i + 1}")
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
        low = 0.9 if wide else 0.5
        share = 0.0 if inactive else 1.0 if open_access else rng.uniform(low, 1.0)
        members = [c for c in codes if rng.random() < share]
        data["members"] = members
        if wide and not open_access and "licence" in known:
            data["vendor"] = data["licence"] = _code(package)
        if wide and "linking" in data and members and settings and rng.random() < 0.33:
            chosen = sorted(rng.sample(members, max(1, len(members) // 10)))
            data["cdi"] = {
                member: {**{name: rng.random() < 0.5
                            for name in rng.sample(settings, rng.randrange(1, 4))},
                         "reason": REASONS[rng.randrange(len(REASONS))]}
                for member in chosen
            }
        elif not wide and "linking" in data and members and settings and rng.random() < 0.05:
            data["cdi"] = {
                member: {settings[rng.randrange(len(settings))]: rng.random() < 0.5,
                         "reason": REASONS[rng.randrange(len(REASONS))]}
                for member in sorted(rng.sample(members, min(2, len(members))))
            }
        result.append(data)
    return result


def _code(package: str) -> str:
    """A vendor or licence code for a package: upper-case letters and digits."""
    return "".join(c for c in package.upper() if c.isalnum())


def records(policies: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A vendor and a licence per package, the licence with every recommended term and
    its signed agreement."""
    try:
        terms = yaml.safe_load((policies / "licence-terms.yaml").read_text(encoding="utf-8"))
        recommended = sorted(t for t, v in (terms.get("terms") or {}).items()
                             if isinstance(v, dict) and v.get("recommended"))
    except (OSError, yaml.YAMLError, AttributeError):
        recommended = []
    vendors, licences = [], []
    for package in PACKAGES:
        code = _code(package)
        vendors.append({"code": code, "name": f"{package} (vendor)", "licensor": True,
                        "access_provider": True})
        licences.append({
            "code": code, "name": f"{package} consortium licence", "type": "license",
            "licensor": code, "start_date": "2024-01-01", "end_date": "2026-12-31",
            "terms": {term: {"status": "Permitted"} for term in recommended},
            # The signed agreement NZ237 asks for, kept outside the repository.
            "documents": [{
                "kind": "signed_agreement",
                "url": f"https://licences.example.org/{code.lower()}-2024.pdf",
                "sha256": hashlib.sha256(f"{code} signed agreement".encode()).hexdigest(),
            }],
        })
    return vendors, licences


def costs(colls: list[dict[str, Any]], rng: random.Random) -> list[dict[str, Any]]:
    """A cost file for every tenth active subscription: an invoice, usage per member."""
    subscribed = [c for c in colls if c["access_type"] == "subscription"
                  and c["status"] == "active" and c["members"]]
    result = []
    for data in subscribed[::10]:
        codes = sorted(data["members"])
        result.append({
            "name": data["name"],
            "currency": "USD",
            "usage_metric": "Total_Item_Requests",
            "collections": [data["name"]],
            "years": {"2024": {"invoice": f"{rng.randrange(500_000, 900_000)}.00",
                               "multiplier": "0.05", "members": codes}},
            "usage": {"2023": {code: rng.randrange(10_000, 40_000) for code in codes}},
        })
    return result


def _dump(path: Path, data: dict[str, Any]) -> None:
    path.write_text(
        yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100),
        encoding="utf-8",
    )


def generate(out: Path, n_collections: int, n_members: int, seed: int, policies: Path,
             shape: str = "wrlc", as_of: date = AS_OF) -> None:
    rng = random.Random(seed)
    wide = shape == "wide"
    for folder in ("institutions", "collections", "policies", "vendors", "licences", "costs"):
        if (out / folder).exists():
            shutil.rmtree(out / folder)
        if folder in ("institutions", "collections", "policies"):
            (out / folder).mkdir(parents=True)
    members = institutions(n_members, rng)
    for inst in members:
        _dump(out / "institutions" / f"{inst['code']}.yaml", inst)
    codes = sorted(inst["code"] for inst in members)
    colls = collections(n_collections, codes, policies, rng, wide)
    if wide:
        vendors, licences = records(policies)
        for folder, items in (("vendors", vendors), ("licences", licences)):
            (out / folder).mkdir()
            for item in items:
                _dump(out / folder / f"{item['code']}.yaml", item)
        (out / "costs").mkdir()
        for cost in costs(colls, rng):
            _dump(out / "costs" / collection_file_name(cost["name"]), cost)
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
            "expires": date(as_of.year + 1, 12, 31).isoformat(),
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
    parser.add_argument("--shape", choices=("wrlc", "wide"), default="wrlc",
                        help="wrlc (default: like the shipped data) or wide (long names, "
                             "many members, many overrides, licences and costs)")
    parser.add_argument("--as-of", type=date.fromisoformat, default=AS_OF,
                        help=f"the date the consortium is as of (default {AS_OF}): waivers "
                             "expire at the end of the next year; run nzconfig with "
                             "NZCONFIG_TODAY set to it")
    args = parser.parse_args(argv)
    if args.collections < 1 or args.members < 1:
        parser.error("--collections and --members must be at least 1")
    generate(args.out, args.collections, args.members, args.seed, args.policies, args.shape,
             args.as_of)
    return 0


if __name__ == "__main__":
    sys.exit(main())
