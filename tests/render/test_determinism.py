"""Same repository, same bytes: whatever the order files were created in, the hash seed or
the locale. And --check agrees with a fresh render until one value changes."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from nzconfig.loading.repo import FOLDERS, POLICIES
from tests.conftest import ROOT
from tests.support.cli import run_cli as nzconfig

DATA = (*FOLDERS, POLICIES, "data", "templates")


def shuffled_copy(destination: Path, seed: int) -> Path:
    """The shipped repository's data, each folder and file created in a shuffled order."""
    files = [p for folder in DATA if (ROOT / folder).is_dir()
             for p in (ROOT / folder).rglob("*") if p.is_file()]
    random.Random(seed).shuffle(files)
    for source in files:
        target = destination / source.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return destination


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_renders_are_byte_identical(tmp_path: Path) -> None:
    outputs = []
    for seed, hash_seed, locale in ((1, "1", "C"), (2, "4242", "C.UTF-8")):
        repo = shuffled_copy(tmp_path / f"repo{seed}", seed)
        out = tmp_path / f"site{seed}"
        done = nzconfig("render", repo, "--out", out, "--force",
                        env={"PYTHONHASHSEED": hash_seed, "LC_ALL": locale, "LANG": locale})
        assert done.code == 0, done.stderr
        outputs.append(tree(out))
    first, second = outputs
    assert sorted(first) == sorted(second)
    assert len(first) > 20
    for path in first:
        assert first[path] == second[path], f"{path} differs between the two renders"


def test_check_passes_after_render_and_fails_after_a_change(tmp_path: Path) -> None:
    repo = shuffled_copy(tmp_path / "repo", 3)
    out = tmp_path / "site"
    assert nzconfig("render", repo, "--out", out, "--force").code == 0
    before = tree(out)
    done = nzconfig("render", repo, "--out", out, "--check", "--force")
    assert done.code == 0, done.stdout + done.stderr
    assert "up to date" in done.stdout

    jstor = repo / "collections" / "jstor-wrlc.yaml"
    jstor.write_text(jstor.read_text(encoding="utf-8").replace("- MAR\n", ""), encoding="utf-8")
    done = nzconfig("render", repo, "--out", out, "--check", "--force")
    assert done.code == 1
    named = {line.rsplit(": ", 1)[0].removeprefix(f"{out}/"): line.rsplit(": ", 1)[1]
             for line in done.stdout.splitlines()}
    assert named["collections.md"] == "differs"
    assert named["members/MAR.md"] == "differs"
    assert "out of date" in done.stderr
    assert tree(out) == before  # --check wrote nothing
