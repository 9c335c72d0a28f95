"""nzconfig drift: each injected difference found at its file and line, in every format."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from nzconfig.domain.naming import collection_file_name
from tests.services.alma.helpers import line_of, run, with_member_keys
from tests.services.alma_emulator import Emulator, inject_drift


@pytest.fixture
def repo(pulled_template: Path, tmp_path: Path) -> Path:
    """A copy of the repository after a pull: Alma's truth recorded (the emulator is seeded
    from it, so it is Alma as it was pulled)."""
    return Path(shutil.copytree(pulled_template, tmp_path / "wrlc"))


@pytest.fixture
def pulled(repo: Path, alma: Emulator, monkeypatch: pytest.MonkeyPatch) -> Path:
    with_member_keys(monkeypatch)
    return repo


def findings(out: str) -> list[tuple[str, int, str, str]]:
    data = json.loads(out)
    return [(d["file"], d["line"], d["rule"], d["message"]) for d in data["diagnostics"]]


def test_no_drift_right_after_a_pull(pulled: Path, alma: Emulator) -> None:
    code, out = run("drift", str(pulled))
    assert code == 0, out
    assert out.startswith("0 errors, 0 warnings, 0 notices")


def test_members_without_keys_are_reported_unchecked(repo: Path, alma: Emulator) -> None:
    code, out = run("drift", "--format", "json", str(repo))
    assert code == 0, out  # notices only: the shipped data records nothing Alma contradicts
    unchecked = [d for d in json.loads(out)["diagnostics"] if d["rule"] == "NZ411"]
    assert len(unchecked) == 15
    assert {"file": "institutions/GWA.yaml", "line": 1, "column": 1, "severity": "notice",
            "message": "GWA's own settings in Alma are not checked: no key in "
                       "ALMA_API_KEY_GWA"}.items() <= next(
        d for d in unchecked if d["file"] == "institutions/GWA.yaml").items()
    code, out = run("drift", str(repo))  # the text report says the one fact once
    assert "notice [NZ411] 15 members:" in out


def test_each_injected_difference_at_its_file_and_line(pulled: Path, alma: Emulator) -> None:
    drift = inject_drift(alma)
    code, out = run("drift", str(pulled), "--format", "json")
    assert code == 1
    found = findings(out)

    def file(name: str) -> str:
        return f"collections/{collection_file_name(name)}"

    gains, member = drift.access_added
    path = pulled / file(gains)
    assert (file(gains), line_of(path, "members:"), "NZ403",
            f"Alma gives {member} access to {gains}; the repository does not") in found
    path = pulled / file(drift.proxy)
    assert (file(drift.proxy), line_of(path, "proxy:"), "NZ406",
            f"Alma's proxy for {drift.proxy} is `none`; the repository's `default`") in found
    name, who, setting = drift.cdi
    path = pulled / file(name)
    cdi = [f for f in found if f[2] == "NZ408"]
    assert [(f[0], f[1]) for f in cdi] == [(file(name), line_of(path, f"- {who}", "members:"))]
    assert f"for {who} on {name}" in cdi[0][3]
    assert "We subscribe to only some titles" in cdi[0][3] and setting.startswith("subscribe")
    path = pulled / file(drift.deleted)
    assert (file(drift.deleted), line_of(path, "alma_id:"), "NZ401") in [f[:3] for f in found]
    assert (file(drift.added), 1, "NZ402") in [f[:3] for f in found]
    path = pulled / "institutions" / f"{drift.inheritance_off}.yaml"
    assert (f"institutions/{drift.inheritance_off}.yaml",
            line_of(path, "cdi_consortia_inheritance:"), "NZ410") in [f[:3] for f in found]
    assert len(found) == 6, found


@pytest.mark.parametrize("format_", ["text", "json", "github", "sarif", "junit"])
def test_every_output_format(pulled: Path, alma: Emulator, format_: str) -> None:
    drift = inject_drift(alma)
    code, out = run("drift", str(pulled), "--format", format_)
    assert code == 1
    assert "NZ406" in out and drift.proxy in out
    if format_ == "sarif":
        rules = json.loads(out)["runs"][0]["tool"]["driver"]["rules"]
        assert "NZ406" in {r["id"] for r in rules}


def test_known_drift_is_waived(pulled: Path, alma: Emulator) -> None:
    drift = inject_drift(alma)
    waivers = pulled / "policies" / "waivers.yaml"
    waivers.write_text(waivers.read_text() + f"""\
  - rule: NZ406
    collection: {drift.proxy}
    reason: proxy off while the vendor moves platforms (ticket 1234)
    expires: 2026-03-31
""")
    code, out = run("drift", str(pulled))
    assert code == 1
    assert "NZ406" not in out and "(1 finding waived)" in out
    code, out = run("validate", str(pulled))
    assert "NZ902" not in out and "NZ903" not in out  # not unused, not unknown in validate
