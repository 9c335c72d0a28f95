"""Packaging: the licence is declared and shipped, the sdist carries the tests and their
data, and every release the docs tell users to pin is one CHANGELOG.md lists (the
package's own version)."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import nzconfig

ROOT = Path(__file__).resolve().parents[1]
# A pin of nzconfig: `rev: vX.Y.Z`, `nzconfig@vX.Y.Z`, `the tag vX.Y.Z` (not SARIF's v2.1.0).
PINNED = re.compile(r"(?:rev: |@|tag )v(\d+\.\d+\.\d+)\b")


def test_the_licence_is_mit_as_spdx_and_shipped() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert project["version"] == nzconfig.__version__


def test_docs_pin_only_a_release_the_changelog_lists() -> None:
    released = set(re.findall(r"^## (\d+\.\d+\.\d+)", (ROOT / "CHANGELOG.md").read_text(
        encoding="utf-8"), re.MULTILINE))
    assert nzconfig.__version__ in released
    files = [ROOT / "README.md", ROOT / ".pre-commit-hooks.yaml", ROOT / "action.yml",
             *sorted((ROOT / "docs").rglob("*.md")), *sorted((ROOT / "docs" / "ci").iterdir())]
    for file in files:
        for version in PINNED.findall(file.read_text(encoding="utf-8")):
            assert version in released, f"{file.name} pins v{version}, which is not released"
    hook = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "<a tag>" not in hook


def test_the_sdist_carries_the_tests_and_their_data(tmp_path: Path) -> None:
    # --no-isolation: the build requirements are in the test extra (setuptools, wheel), so
    # the test needs no package index and no build environment of its own.
    done = subprocess.run([sys.executable, "-m", "build", "--sdist", "--no-isolation",
                           "--outdir", str(tmp_path), str(ROOT)], capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    [sdist] = tmp_path.glob("nzconfig-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for wanted in ("LICENSE", "CHANGELOG.md", "action.yml", "tests/test_packaging.py",
                   "tests/conftest.py", "tests/golden/rules.text", "collections/jstor-wrlc.yaml",
                   "examples/csu/policies/network.yaml", "src/nzconfig/templates/_layout.html"):
        assert wanted in names, wanted
    assert not any("__pycache__" in name for name in names)
