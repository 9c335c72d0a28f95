"""The shipped files' bytes mutated at random (hypothesis): validate, render and diff run
in-process on each mutant, and nothing escapes but diagnostics (FatalError, exit 2).

A mutation flips, inserts or deletes bytes, or truncates the file, in one of the shipped
repository's files (collections, institutions, policies, ...). Render and diff run only
where validate leaves something to render or compare, as the commands do.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nzconfig.changes import markdown
from nzconfig.changes.analysis import analyse
from nzconfig.core.errors import FatalError
from nzconfig.engine.validate import validate
from nzconfig.loading.repo import FOLDERS, POLICIES
from nzconfig.render import output, run
from nzconfig.report import FORMATS, get
from tests.conftest import ROOT
from tests.support.profile import examples

TODAY = date(2026, 1, 15)
SHIPPED = sorted(p.relative_to(ROOT).as_posix() for folder in (*FOLDERS, POLICIES)
                 if (ROOT / folder).is_dir() for p in (ROOT / folder).glob("*.yaml"))


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The shipped repository twice: one stays clean (the diff's base), one is mutated."""
    base = tmp_path_factory.mktemp("fuzz")
    for name in ("clean", "mutant"):
        for folder in (*FOLDERS, POLICIES):
            if (ROOT / folder).is_dir():
                shutil.copytree(ROOT / folder, base / name / folder)
    return base / "clean", base / "mutant"


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, bytes]:
    file = draw(st.sampled_from(SHIPPED))
    data = bytearray((ROOT / file).read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(
                [b"\xe2\x80\xae", b"\xe2\x80\x8b", b"&a [", b"*a", b"\n  - ", b": ", b"\r",
                 b"'", b'"', b"{{", b"!!python/object:x", b"<<: "]))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 16))]
        else:
            del data[at:]
    return file, bytes(data)


# Each mutant runs validate, render and diff on the whole WRLC data (about 0.3 s): 12 per
# ci run, 240 in the nightly profile (tests/support/profile.py).
@settings(max_examples=examples(12), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(mutation=mutations())
def test_mutated_bytes_give_diagnostics_only(mutation: tuple[str, bytes],
                                             copies: tuple[Path, Path],
                                             tmp_path: Path) -> None:
    clean, mutant = copies
    file, data = mutation
    (mutant / file).write_bytes(data)
    try:
        try:
            outcome = validate(mutant, TODAY)
        except FatalError as exc:
            assert exc.message
            return
        for name in FORMATS:
            assert isinstance(get(name)(outcome), str)
        try:
            output.write(tmp_path / "site", run.rendered(mutant, outcome))
        except FatalError as exc:
            assert exc.message
        try:
            assert markdown.render(analyse(mutant.parent, str(clean), str(mutant)))
        except FatalError as exc:
            assert exc.message
    finally:
        shutil.copyfile(clean / file, mutant / file)
