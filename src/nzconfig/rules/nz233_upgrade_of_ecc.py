"""An upgrade is an NZ Opt-in collection on top of an NZ ECC collection its members have.

Policy: "Upgrades to ECC e-resources will also be included in this model [NZ Opt-in].
Upgrades are defined as resources libraries pay a nominal fee to upgrade a resource
included in the ECC, i.e. EBSCO Academic Search Complete or Business Source Complete." A
collection records what it upgrades with ``upgrade_of``, the NZ name of the ECC
collection. Then the upgrade is ``nz_opt_in``, the collection it names exists and is
``nz_ecc``, and every member of the upgrade is a member of the ECC collection (a library
upgrades what it has). Seed: 004, "Best practice recommendations", NZ Opt-in, and
"Scenario #2".

Failing example::

    name: Business Source Complete (CSU)
    acquisition_model: nz_opt_in
    upgrade_of: Academic Search Complete (CSU)   # an nz_opt_in collection, or missing

Passing: ``upgrade_of`` names an ``nz_ecc`` collection whose members include the upgrade's.

Fix: correct ``upgrade_of``, the models, or the members.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.core.wording import did_you_mean
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ233"
FIXED = False
NAME = "upgrade-of-ecc"
TITLE = "Upgrades are NZ Opt-in collections on top of an NZ ECC collection"
SEVERITY = Severity.ERROR
SEED = "004 Best practice recommendations, NZ Opt-in (upgrades)"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    by_name = {c.name: c for c in network.collections}
    for collection in network.collections:
        name = collection.data.get("upgrade_of")
        if name is None:
            continue
        if collection.data.get("acquisition_model") != "nz_opt_in":
            yield Finding(collection.doc, ("upgrade_of",),
                          "an upgrade to an ECC resource is under the NZ Opt-in model",
                          "set `acquisition_model: nz_opt_in`", at_key=True,
                          collection=collection.name)
        base = by_name.get(name)
        if base is None:
            yield Finding(collection.doc, ("upgrade_of",),
                          f"`{name}` is not a collection of the repository",
                          did_you_mean(name, by_name) or "write the ECC collection's NZ name",
                          collection=collection.name)
            continue
        if base.data.get("acquisition_model") != "nz_ecc":
            yield Finding(collection.doc, ("upgrade_of",),
                          f"`{name}` is not an NZ ECC collection; only ECC resources are "
                          "upgraded", f"check `upgrade_of`, or `acquisition_model` in "
                          f"{base.doc.file}", collection=collection.name)
        have = set(base.members)
        for index, code in enumerate(collection.members):
            if code not in have:
                yield Finding(collection.doc, ("members", index),
                              f"`{code}` upgrades `{name}` but has no access to it",
                              f"add `{code}` to `members` in {base.doc.file}, or remove it "
                              "here", collection=collection.name, member=code)
