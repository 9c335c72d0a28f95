"""Golden outputs: every command's bytes on the shipped data and examples, kept in tests/golden/.

Written before the layout and speed work so that a refactor that changes any output byte
fails here. A deliberate change of output regenerates the files in the same commit:

    NZCONFIG_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py

and the diff of tests/golden/ in that commit shows exactly what users will see change.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.support.cli import run_cli

GOLDEN = Path(__file__).with_name("golden")
UPDATE = os.environ.get("NZCONFIG_UPDATE_GOLDEN") == "1"
ENV = {"NZCONFIG_TODAY": "2026-01-15", "GITHUB_ACTIONS": "", "NO_COLOR": "1"}
REPOS = {"wrlc": ROOT, "csu": ROOT / "examples" / "csu",
         "cost-example": ROOT / "examples" / "cost-example"}
FORMATS = ("text", "json", "github", "sarif", "junit")


def _data_copy(source: Path, target: Path) -> Path:
    """The repository's data folders only (no src/, tests/ or a site/ of an earlier render)."""
    for name in ("collections", "institutions", "policies", "vendors", "funds", "licences",
                 "costs", "data", "templates"):
        if (source / name).is_dir():
            shutil.copytree(source / name, target / name)
    return target


def _check(name: str, output: bytes) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(output)
        return
    assert path.is_file(), f"no golden file {name}: run with NZCONFIG_UPDATE_GOLDEN=1"
    assert output == path.read_bytes(), f"{name} differs from its golden file"


def _run(args: list[str], repo: Path) -> tuple[int, bytes]:
    result = run_cli(*args, cwd=repo, env=ENV)
    return result.code, result.stdout_bytes


@pytest.mark.parametrize("repo", sorted(REPOS))
@pytest.mark.parametrize("fmt", FORMATS)
def test_validate(repo: str, fmt: str, tmp_path: Path) -> None:
    copy = _data_copy(REPOS[repo], tmp_path / repo)
    code, out = _run(["validate", "--format", fmt, "."], copy)
    _check(f"validate/{repo}.{fmt}", f"exit {code}\n".encode() + out)


@pytest.mark.parametrize("repo", sorted(REPOS))
def test_render(repo: str, tmp_path: Path) -> None:
    copy = _data_copy(REPOS[repo], tmp_path / repo)
    code, _ = _run(["render", ".", "--out", str(tmp_path / "site")], copy)
    assert code in (0, 1)
    site = tmp_path / "site"
    names = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    _check(f"render/{repo}/FILES", "".join(f"{n}\n" for n in names).encode())
    for name in names:
        if name.startswith("."):
            continue
        _check(f"render/{repo}/{name}", (site / name).read_bytes())


def _edited_copy(tmp_path: Path) -> tuple[Path, Path]:
    """The shipped data and a copy with the edits a typical pull request makes."""
    base = _data_copy(ROOT, tmp_path / "base")
    head = _data_copy(ROOT, tmp_path / "head")
    jstor = head / "collections" / "jstor-wrlc.yaml"
    text = jstor.read_text(encoding="utf-8")
    assert "- HOW\n" in text
    jstor.write_text(text.replace("- HOW\n", "", 1), encoding="utf-8")
    (head / "collections" / "arxiv-org-wrlc.yaml").unlink()
    (head / "collections" / "new-shared-books-wrlc.yaml").write_text(
        "name: New Shared Books (WRLC)\npackage: Example\nmanaged_via: community_zone\n"
        "access_type: subscription\nacquisitions_profile: WRLC\nstatus: active\n"
        "linking: {level: book, method: link_resolver}\nmembers: [AMU, GWA, ZZZ]\n",
        encoding="utf-8")
    return base, head


@pytest.mark.parametrize("command", ["diff", "plan"])
@pytest.mark.parametrize("fmt", ["markdown", "json"])
def test_diff_and_plan(command: str, fmt: str, tmp_path: Path) -> None:
    _edited_copy(tmp_path)
    code, out = _run([command, "--format", fmt, "base", "head"], tmp_path)
    _check(f"{command}/pull-request.{fmt}", f"exit {code}\n".encode() + out)


@pytest.mark.parametrize("fmt", ["text", "csv", "json"])
def test_cost(fmt: str, tmp_path: Path) -> None:
    copy = _data_copy(REPOS["cost-example"], tmp_path / "cost-example")
    code, out = _run(["cost", "fictitious-ebook-package", "--format", fmt], copy)
    _check(f"cost/fictitious-ebook-package.{fmt}", f"exit {code}\n".encode() + out)
    code, out = _run(["cost", "--format", fmt], copy)
    _check(f"cost/consortium.{fmt}", f"exit {code}\n".encode() + out)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_rules(fmt: str) -> None:
    code, out = _run(["rules", "--format", fmt], ROOT)
    _check(f"rules.{fmt}", f"exit {code}\n".encode() + out)
