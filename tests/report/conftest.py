"""A small repository with one error, one warning and one unreadable file, for the reporters."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.repos import collection, make_repo, write

# file -> (severity, rule) of the findings the repository below produces.
EXPECTED = {
    "collections/books-tst.yaml": ("error", "NZ151"),
    "collections/wrong-name.yaml": ("warning", "NZ154"),
    "collections/broken.yaml": ("error", "NZ001"),
}


@pytest.fixture
def findings_repo(tmp_path: Path) -> Path:
    root = make_repo(tmp_path / "repo", [
        collection("Books (TST)", ["AAA", "ZZZ"]),
        collection("Journals (TST)", ["BBB"]),
    ])
    write(root, "collections/wrong-name.yaml", collection("Videos (TST)", ["CCC"]))
    # NZ202 (linking not recorded) is off: these collections are about other findings.
    write(root, "policies/rules.yaml", {"rules": {"NZ154": {"severity": "warning"},
                                                  "NZ202": {"enabled": False}}})
    (root / "collections/broken.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    return root
