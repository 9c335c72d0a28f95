"""Random edits of a valid repository: every outcome is diagnostics and an exit code, and
every diagnostic's line and column point at the key or value it names.

Edits: a key deleted, a value of another type (text YAML might misread included), a key
renamed to random Unicode, a list shuffled, an entry added; or the text itself truncated,
cut, or given random characters. Each example edits one file of a small repository that
validates clean, then runs validate, every reporter and the renderer in-process.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nzconfig.core.diagnostics import Diagnostic, exit_code
from nzconfig.core.errors import FatalError
from nzconfig.engine.validate import Outcome, validate
from nzconfig.loading.loader import Document, load_file
from nzconfig.report import FORMATS, get
from tests.property.repository import build, edit, files
from tests.support.profile import examples
from tests.support.render import rendered_files

# One worker runs this module (--dist loadgroup): its module fixture is made once.
pytestmark = pytest.mark.xdist_group("random-edits")

TODAY = date(2026, 1, 15)
EXAMPLES = settings(max_examples=examples(60), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# Rendering an example takes a tenth of a second: fewer of those.
RENDERED = settings(EXAMPLES, max_examples=examples(10))
# libyaml's line breaks: a column counts characters from the last of these.
_BREAKS = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = build(tmp_path_factory.mktemp("property") / "repo")
    outcome = validate(root, TODAY)
    # Valid: it loads and meets the schemas (policy rules others add may still notice things).
    assert not [d.text() for d in outcome.diagnostics if d.rule < "NZ150"]
    return root


def _run(root: Path, *, render: bool = False) -> tuple[int, list[Diagnostic]]:
    """validate, then what consumes its outcome; the exit code and the diagnostics."""
    try:
        outcome = validate(root, TODAY)
    except FatalError as exc:
        assert exc.message
        return 2, list(exc.diagnostics)
    for name in FORMATS:
        assert isinstance(get(name)(outcome), str)
    if render:
        _render(root, outcome)
    return exit_code(outcome.diagnostics), outcome.diagnostics + outcome.waived


def _render(root: Path, outcome: Outcome) -> None:
    produced = rendered_files(root, outcome)
    assert all(isinstance(page, bytes) for page in produced.values())


def _edited(base: Path, data: st.DataObject) -> Iterator[Path]:
    file = data.draw(st.sampled_from(files(base)), label="file")
    path = base / file
    original = path.read_bytes()
    text = data.draw(edit(original.decode("utf-8")), label="edited text")
    path.write_text(text, encoding="utf-8")
    try:
        yield base
    finally:
        path.write_bytes(original)


@EXAMPLES
@given(data=st.data())
def test_an_edit_never_raises(base: Path, data: st.DataObject) -> None:
    for root in _edited(base, data):
        code, diagnostics = _run(root)
        assert code in (0, 1, 2)
        assert all(isinstance(d, Diagnostic) and d.file and d.message for d in diagnostics)


@RENDERED
@given(data=st.data())
def test_an_edit_never_breaks_rendering(base: Path, data: st.DataObject) -> None:
    for root in _edited(base, data):
        code, diagnostics = _run(root, render=True)
        assert code in (0, 1, 2)
        assert all(isinstance(d, Diagnostic) and d.file and d.message for d in diagnostics)


@EXAMPLES
@given(data=st.data())
def test_every_diagnostic_points_at_what_it_names(base: Path, data: st.DataObject) -> None:
    for root in _edited(base, data):
        _, diagnostics = _run(root)
        for d in diagnostics:
            _check_position(root, d)


def _check_position(root: Path, d: Diagnostic) -> None:
    if d.line == 0 or (not d.pointer and d.rule < "NZ100"):
        return  # about the whole file, or a load-stage finding (tests/adversarial, yaml_suite)
    path = root / d.file
    doc = load_file(path, d.file)
    if not isinstance(doc, Document):
        return
    steps = _existing(doc.data, d.pointer)
    raw = path.read_bytes().removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    lines = _BREAKS.split(raw)
    assert 1 <= d.line <= len(lines), d.text()
    # A plain scalar may go on over the next lines, folded into one space each.
    at = " ".join([lines[d.line - 1][d.column - 1:],
                   *(line.strip() for line in lines[d.line:d.line + 3])])
    value = _value(doc.data, steps)
    key = steps[-1] if steps and isinstance(steps[-1], str) else None
    assert _names_key(at, key) or _names_value(at, value), (
        f"{d.text()}\n  points at: {at[:60]!r}\n  key {key!r}, value {value!r}")


def _existing(data: Any, pointer: str) -> list[Any]:
    """The pointer's steps, as far as they exist in ``data`` (what Document.pos falls back to)."""
    steps: list[Any] = []
    for token in pointer.split("/")[1:]:
        part = token.replace("~1", "/").replace("~0", "~")
        if isinstance(data, dict) and part in data:
            steps.append(part)
            data = data[part]
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            steps.append(int(part))
            data = data[int(part)]
        else:
            break
    return steps


def _value(data: Any, steps: list[Any]) -> Any:
    for part in steps:
        data = data[part]
    return data


def _names_key(at: str, key: str | None) -> bool:
    return key is not None and (at.startswith(key) or at[:1] in "\"'?")


def _names_value(at: str, value: Any) -> bool:
    if at[:1] in "&!":  # an anchor or a tag comes before the value it marks
        return True
    if isinstance(value, dict):
        return at[:1] == "{" or any(_names_key(at, k) for k in list(value)[:1])
    if isinstance(value, list):
        return at[:1] in "[-"
    if value is None:
        return True  # an empty value has no text of its own; libyaml marks the next token
    if isinstance(value, bool):
        return at.lower().startswith(str(value).lower())
    if isinstance(value, int | Decimal):
        return at[:1] in "+-.0123456789"
    return at[:1] in "\"'|>" or at.startswith(str(value)[:20])
