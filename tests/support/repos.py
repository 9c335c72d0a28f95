"""The one way tests write a repository: files laid over a folder. The builders (
tests.rules.policyrepo.build for text files over a small base, tests.minirepo.make_repo for
data, tests.conftest.fixture_repo for the folders under tests/fixtures/repos) all write
through ``lay``."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def lay(root: Path, files: Mapping[str, str | bytes | None]) -> Path:
    """Write each file (path relative to ``root`` -> text or bytes); None deletes it."""
    for file, content in files.items():
        path = root / file
        if content is None:
            path.unlink(missing_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root
