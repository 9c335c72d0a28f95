"""NZ209's hint counts the active collections that depend on the parameter and names the
inactive ones apart, as the member pages list them (docs/formats.md)."""

from __future__ import annotations

from pathlib import Path

from nzconfig.engine.validate import validate
from tests.support.repos import collection, make_repo, write


def test_the_hint_names_inactive_collections_apart(tmp_path: Path) -> None:
    repo = make_repo(tmp_path, [collection("A (TST)", ["AAA"]), collection("B (TST)", ["AAA"]),
                                collection("Old (TST)", ["AAA"], status="inactive")])
    write(repo, "institutions/AAA.yaml", {"code": "AAA", "name": "AAA Library"})
    [found] = [d for d in validate(repo).diagnostics if d.rule == "NZ209"]
    assert found.hint is not None
    assert found.hint.endswith("(2 active shared collections depend on it; it is also in the "
                               "Group Settings of 1 inactive collection)")
