"""Rendering in tests goes the way users' renders go: run.rendered streamed to a folder by
output.write, then read back from disk (the manifest included)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from nzconfig.engine.validate import Outcome
from nzconfig.render import output, run


def rendered_files(root: Path, outcome: Outcome, stamp: str = "") -> dict[str, bytes]:
    """Every file ``nzconfig render`` writes for ``root``, by path, as bytes."""
    with tempfile.TemporaryDirectory(prefix="nzconfig-render-") as folder:
        out = Path(folder) / "site"
        output.write(out, run.rendered(root, outcome, stamp))
        return {path.relative_to(out).as_posix(): path.read_bytes()
                for path in sorted(out.rglob("*")) if path.is_file()}


class Pages:
    """A render Source over pages given as bytes, for the tests of output.write itself."""

    def __init__(self, pages: Mapping[str, bytes]) -> None:
        self.pages = dict(pages)
        self.paths: Sequence[str] = sorted(pages)

    def chunks(self, path: str) -> Iterable[bytes]:
        return (self.pages[path],)
