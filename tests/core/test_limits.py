"""The limits of core/limits.py are the ones the loader enforces."""

from __future__ import annotations

from pathlib import Path

from nzconfig.core import catalog, limits
from nzconfig.loading.loader import Document, load_file


def _rules(path: Path) -> set[str]:
    loaded = load_file(path, path.name)
    return set() if isinstance(loaded, Document) else {d.rule for d in loaded}


def test_values_per_file(tmp_path: Path) -> None:
    under, over = tmp_path / "at.yaml", tmp_path / "over.yaml"
    under.write_text("v: [" + "a, " * 1000 + "a]\n")
    over.write_text("v: [" + "a, " * limits.MAX_VALUES + "a]\n")
    assert _rules(under) == set()
    assert _rules(over) == {catalog.TOO_MANY_VALUES}


def test_file_size(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a: " + b"x" * limits.MAX_FILE_BYTES + b"\n")
    assert _rules(big) == {catalog.UNREADABLE}
