"""Same input, same bytes: validate and render do not depend on the order the disk lists
files in, nor on the hash seed.

The repository is the benchmark generator's (small), with findings planted that rules
could report in an order-dependent way: a collection name used twice, an unknown member,
a duplicate member, a wrong type, an unknown key.
"""

from __future__ import annotations

import filecmp
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks import generate
from nzconfig.engine.validate import validate
from nzconfig.report import get
from tests.conftest import ROOT
from tests.support.profile import examples

# One worker runs this module (--dist loadgroup): its module fixture is made once.
pytestmark = pytest.mark.xdist_group("determinism")

TODAY = date(2026, 1, 15)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("determinism") / "repo"
    generate.generate(root, 24, 12, 11, ROOT / "policies")
    collections = sorted((root / "collections").iterdir())
    first = collections[0].read_text(encoding="utf-8")
    # The same collection name in a second file; an unknown and a repeated member; bad values.
    (root / "collections" / "zz-copy.yaml").write_text(first, encoding="utf-8")
    (root / "collections" / "zz-broken.yaml").write_text(
        "name: Broken (WRLC)\nmanaged_via: sideways\naccess_type: subscription\n"
        "members: [MAA, MAA, NOPE, 7]\ncolour: blue\n", encoding="utf-8")
    return root


def _report(root: Path) -> str:
    from tests.support.render import rendered_files

    outcome = validate(root, TODAY)
    pages = rendered_files(root, outcome)
    return get("json")(outcome) + "".join(
        f"\n== {name}\n{pages[name].decode('utf-8', 'replace')}" for name in sorted(pages))


@pytest.fixture(scope="module")
def report(repo: Path) -> str:
    """The report and the site in the disk's own listing order, made once for the module."""
    return _report(repo)


@settings(max_examples=examples(4), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1))
def test_same_output_whatever_the_listing_order(repo: Path, report: str, seed: int) -> None:
    with _shuffled_listings(random.Random(seed)):
        assert _report(repo) == report


class _shuffled_listings:
    """Path.iterdir and os.listdir yield their entries in a random order."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.saved = (Path.iterdir, os.listdir)

    def __enter__(self) -> None:
        iterdir, listdir = self.saved
        rng = self.rng

        def shuffled_iterdir(path: Path) -> Iterator[Path]:
            entries = list(iterdir(path))
            rng.shuffle(entries)
            return iter(entries)

        def shuffled_listdir(path: object = ".") -> list[str]:
            entries = listdir(path)  # type: ignore[call-overload]
            rng.shuffle(entries)
            return entries  # type: ignore[no-any-return]

        Path.iterdir = shuffled_iterdir  # type: ignore[method-assign,assignment]
        os.listdir = shuffled_listdir  # type: ignore[assignment]

    def __exit__(self, *exc: object) -> None:
        Path.iterdir, os.listdir = self.saved  # type: ignore[method-assign]


def _cli(*args: str | Path, seed: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "NZCONFIG_TODAY": TODAY.isoformat()}
    env.pop("GITHUB_ACTIONS", None)
    done = subprocess.run([sys.executable, "-m", "nzconfig", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _copy_in_order(source: Path, destination: Path, order: random.Random) -> Path:
    """A copy whose files are created in a shuffled order (directory order may follow it)."""
    files = sorted(p for p in source.rglob("*") if p.is_file())
    order.shuffle(files)
    for path in files:
        target = destination / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    return destination


def test_same_bytes_under_other_hash_seeds_and_file_orders(repo: Path, tmp_path: Path) -> None:
    runs = []
    for index, seed in enumerate(("0", "1", "4242")):
        copy = _copy_in_order(repo, tmp_path / f"copy{index}", random.Random(index))
        validated = _cli("validate", copy, "--format", "json", seed=seed)
        assert validated.returncode == 1
        rendered = _cli("render", copy, "--out", tmp_path / f"out{index}", "--force", seed=seed)
        assert rendered.returncode == 0, rendered.stderr
        runs.append(validated.stdout)
    assert runs[0] == runs[1] == runs[2]
    for index in (1, 2):
        comparison = filecmp.dircmp(tmp_path / "out0", tmp_path / f"out{index}")
        assert _identical(comparison), f"render output differs between runs 0 and {index}"


def _identical(comparison: filecmp.dircmp[str]) -> bool:
    _, mismatch, errors = filecmp.cmpfiles(comparison.left, comparison.right,
                                           comparison.common_files, shallow=False)
    if comparison.left_only or comparison.right_only or mismatch or errors:
        return False
    return all(_identical(sub) for sub in comparison.subdirs.values())
