"""Memory: files of the same shape share their path, position and short-text objects.

This is what keeps 20,000 collections under the 500 MB target (docs/performance.md); the
data and positions are the same as without sharing.
"""

from __future__ import annotations

from nzconfig.loading.loader import Document, load_text

TEXT = "name: Books {n} (TST)\nmembers:\n  - AAA\n  - BBB\nnotes: {long}\n"


def _load(n: int, long: str = "short") -> Document:
    doc = load_text(TEXT.format(n=n, long=long), f"collections/c{n}.yaml")
    assert isinstance(doc, Document)
    return doc


def test_two_files_of_one_shape_share_paths_positions_and_codes() -> None:
    first, second = _load(1), _load(2)
    assert first.positions == second.positions
    for path, position in first.positions.items():
        other = next(p for p in second.positions if p == path)
        assert other is path
        assert second.positions[other] is position
    assert first.data["members"][0] is second.data["members"][0]
    assert first.data["name"] != second.data["name"]


def test_long_text_is_not_interned() -> None:
    long = "x" * 100
    first, second = _load(1, long), _load(2, long)
    assert first.data["notes"] == second.data["notes"] == long
    assert first.data["notes"] is not second.data["notes"]
