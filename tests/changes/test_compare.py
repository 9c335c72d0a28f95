from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.changes.analysis import Analysis, analyse
from nzconfig.changes.compare import CdiChange
from tests.changes.scenario import build
from tests.support.repos import collection, make_repo


@pytest.fixture(scope="module")
def analysis(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    return analyse(build(tmp_path_factory.mktemp("scenario") / "repo"), "HEAD~1", "HEAD")


def test_kinds_of_change(analysis: Analysis) -> None:
    kinds = {c.name: c.kind for c in analysis.changes.collections}
    assert kinds == {"Bad (TST)": "changed", "Books (TST)": "changed",
                     "FILMS (TST)": "renamed", "Journals Plus (TST)": "renamed",
                     "Old Stuff (TST)": "removed", "Videos (TST)": "added"}
    journals = next(c for c in analysis.changes.collections if c.name.startswith("Journals"))
    assert journals.before is not None and journals.before.name == "Journals (TST)"
    assert journals.before.doc.file == "collections/journals-tst.yaml"
    bad = next(c for c in analysis.changes.collections if c.name == "Bad (TST)")
    assert bad.status_changed and bad.removed_members == ("QQQ",)


def test_access_per_member(analysis: Analysis) -> None:
    assert analysis.changes.access() == {
        "AAA": ([], ["Bad (TST)", "Old Stuff (TST)"]),
        "BBB": (["Videos (TST)"], ["Books (TST)"]),
        "CCC": (["Books (TST)", "Videos (TST)"], []),
        "QQQ": ([], ["Bad (TST)"]),
        "XYZ": (["Videos (TST)"], []),
    }


def test_cdi_changes(analysis: Analysis) -> None:
    books = next(c for c in analysis.changes.collections if c.name == "Books (TST)")
    subscribe = "subscribe_to_only_some_titles_in_the_collection"
    assert books.cdi == (
        CdiChange("AAA", subscribe, True, False, "AAA owns the whole package"),
        CdiChange("CCC", "cdi_search_activation_status", None, True),
        CdiChange("CCC", subscribe, None, True),
    )


def test_one_error_introduced_one_fixed(analysis: Analysis) -> None:
    found = analysis.findings
    assert [(d.rule, d.file, d.member) for d in found.new_errors()] == [
        ("NZ151", "collections/videos-tst.yaml", "XYZ")]
    fixed_errors = [(d.rule, d.member) for d in found.fixed if d.severity.label == "error"]
    assert fixed_errors == [("NZ151", "QQQ")]


def test_policy_change_is_listed_with_its_cdi_effect(tmp_path: Path) -> None:
    from tests.support.repos import MATRIX, write

    books = collection("Books (TST)", ["AAA"], linking={"level": "book",
                                                        "method": "link_resolver"})
    base = make_repo(tmp_path / "a", [books])
    head = make_repo(tmp_path / "b", [books])
    matrix = {"rows": [{**MATRIX["rows"][0], "settings": {
        "cdi_search_activation_status": True,
        "subscribe_to_only_some_titles_in_the_collection": False}}]}
    write(head, "policies/cdi-matrix.yaml", matrix)
    result = analyse(tmp_path, str(base), str(head))
    (policy,) = result.changes.policies
    assert (policy.file, policy.kind, policy.keys) == ("policies/cdi-matrix.yaml", "changed",
                                                       ("rows",))
    (change,) = result.changes.collections
    assert change.cdi == (CdiChange(
        "AAA", "subscribe_to_only_some_titles_in_the_collection", True, False),)
