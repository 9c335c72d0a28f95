"""CI runs exactly what the README tells a new user to run, in a fresh environment."""

from __future__ import annotations

import re
import tomllib

from tests.conftest import ROOT

TEST_COMMAND = "python -m pip install --upgrade -e '.[test]' && python -m pytest"


def test_ci_runs_the_readmes_test_command_in_a_fresh_venv() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"    {TEST_COMMAND}\n" in readme
    assert f"\n{TEST_COMMAND}\n" in script
    assert "python3 -m venv " in script and "--system-site-packages" not in script


def test_constraints_are_the_lower_bounds() -> None:
    """tests/constraints.txt pins every lower bound of pyproject.toml, and nothing else."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    bounds = {}
    for spec in [*project["dependencies"], *project["optional-dependencies"]["test"]]:
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)>=([0-9.]+)", spec)
        if match:
            bounds[match[1].lower()] = match[2]
    pinned = {}
    for line in (ROOT / "tests" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pinned[name.lower()] = version
    assert {name: pinned.get(name) for name in bounds} == bounds
