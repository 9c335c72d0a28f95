"""The Network the rules see: members read once, derived views computed once per Network."""

from __future__ import annotations

from pathlib import Path

from nzconfig.engine.validate import load_network
from tests.support.repos import build

BOOKS = ("name: Books (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"
         "members: [AAA, BBB]\n")


def test_members_are_the_loaded_list_itself(tmp_path: Path) -> None:
    network, _, _ = load_network(build(tmp_path, {"collections/books-tst.yaml": BOOKS}))
    [books] = network.collections
    assert books.members == ["AAA", "BBB"]
    assert books.members is books.data["members"]  # not a copy per collection
    assert network.collection("Books (TST)") is books and network.collection("x") is None


def test_a_derived_view_is_computed_once_per_network_and_key(tmp_path: Path) -> None:
    root = build(tmp_path, {})
    network, _, _ = load_network(root)
    other, _, _ = load_network(root)
    calls: list[str] = []

    def compute() -> int:
        calls.append("x")
        return len(calls)

    assert network.derived("k", compute) == network.derived("k", compute) == 1
    assert other.derived("k", compute) == 2  # another Network: computed again
    assert network.derived(("k", 2), compute) == 3
