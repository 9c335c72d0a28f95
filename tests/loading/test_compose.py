"""The full loader (libyaml's node graph): what the fast reader leaves, and only that, needs it."""

from __future__ import annotations

import subprocess
import sys

from nzconfig.loading import compose, loader
from nzconfig.loading.loader import Document
from tests.conftest import ROOT


def test_reads_what_the_fast_reader_leaves_with_positions() -> None:
    text = "a: [x,\n  y]\nb: |\n  text\n"
    doc = compose.compose(text, "f.yaml")
    assert isinstance(doc, Document)
    assert doc.data == {"a": ["x", "y"], "b": "text\n"}
    assert doc.positions[("a", 1)] == (2, 3) and doc.key_positions[("b",)] == (3, 1)
    assert loader.load_text(text, "f.yaml") == doc


def test_refusals_are_positioned_diagnostics() -> None:
    refused = compose.compose("a: 1\n  b: 2\n", "f.yaml")
    assert isinstance(refused, list)
    assert [(d.rule, d.line) for d in refused] == [("NZ001", 2)]


def test_validate_of_plain_files_does_not_import_pyyaml() -> None:
    """Every shipped file is plain enough for the fast reader; importing PyYAML would cost
    every run about 15 ms of start-up."""
    code = ("import sys; from pathlib import Path; from nzconfig.engine.validate import validate; "
            f"validate(Path({str(ROOT)!r})); print('yaml' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
