"""A small repository for the tests that talk to the Alma emulator: one collection (Books,
for AAA and BBB), three members, policies/alma.yaml with fast retries."""

from __future__ import annotations

from pathlib import Path

from tests.services.conftest import FAST
from tests.support.repos import collection, make_repo

BOOKS = collection("Books (TST)", ["AAA", "BBB"], package="P",
                   linking={"level": "book", "method": "link_resolver"})


def small_repo(root: Path) -> Path:
    repo = make_repo(root, [BOOKS])
    (repo / "policies" / "alma.yaml").write_text(FAST, encoding="utf-8")
    return repo
