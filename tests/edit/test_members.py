"""Removing or renaming a member (edit.members, through `nzconfig member`): every
reference, one edit, comments kept, validate clean after."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nzconfig.engine.validate import validate
from tests.conftest import ROOT
from tests.support.cli import run_cli
from tests.support.repos import collection, make_repo, write

COST = ROOT / "examples" / "cost-example"


def run(*args: str | Path) -> tuple[int, str]:
    done = run_cli(*args)
    return done.code, done.stdout + done.stderr


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = make_repo(tmp_path / "repo", [
        collection("Books (TST)", ["AAA", "BBB", "CCC"],
                   cdi={"BBB": {"subscribe_to_only_some_titles_in_the_collection": False,
                                "reason": "owns it"}}),
        collection("Films (TST)", ["BBB"]),
    ])
    books = root / "collections" / "books-tst.yaml"
    books.write_text("# kept by the NZ manager\n" + books.read_text())
    write(root, "policies/waivers.yaml", {"waivers": [
        {"rule": "NZ203", "member": "BBB", "reason": "r", "expires": "2027-06-30"},
        {"rule": "NZ203", "member": "CCC", "reason": "r", "expires": "2027-06-30"}]})
    return root


def codes(root: Path) -> set[str]:
    return {m for c in validate(root).network.collections for m in c.members}


def test_remove_takes_the_member_out_of_every_file(repo: Path) -> None:
    code, out = run("member", "remove", "BBB", repo)
    assert code == 0, out
    assert "member remove BBB: changed 4 files (1 CDI overrides, 2 Group Settings, " \
           "1 institution file, 1 waivers)" in out
    assert "collections/films-tst.yaml: no member has access any more" in out
    assert not (repo / "institutions" / "BBB.yaml").exists()
    assert "BBB" not in codes(repo)
    books = (repo / "collections" / "books-tst.yaml").read_text()
    assert books.startswith("# kept by the NZ manager\n") and "cdi" not in books
    assert "BBB" not in (repo / "policies" / "waivers.yaml").read_text()
    errors = [d for d in validate(repo).diagnostics
              if d.severity.label == "error" and d.rule in ("NZ151", "NZ903")]
    assert errors == []


def test_rename_then_back_is_a_round_trip(repo: Path) -> None:
    before = {p.relative_to(repo): p.read_bytes() for p in repo.rglob("*.yaml")}
    code, out = run("member", "rename", "BBB", "BXB", repo)
    assert code == 0, out
    assert (repo / "institutions" / "BXB.yaml").read_text().startswith("code: BXB\n")
    assert not (repo / "institutions" / "BBB.yaml").exists()
    assert "BXB" in codes(repo) and "BBB" not in codes(repo)
    assert "member: BXB" in (repo / "policies" / "waivers.yaml").read_text()
    assert [d.rule for d in validate(repo).diagnostics if d.severity.label == "error"] == []
    assert run("member", "rename", "BXB", "BBB", repo)[0] == 0
    after = {p.relative_to(repo): p.read_bytes() for p in repo.rglob("*.yaml")}
    assert after == before


def test_a_misspelt_code_is_renamed_to_the_member(repo: Path) -> None:
    write(repo, "collections/films-tst.yaml", collection("Films (TST)", ["AAA", "BBX"]))
    [nz151] = [d for d in validate(repo).diagnostics if d.rule == "NZ151"]
    assert "`nzconfig member rename BBX BBB`" in nz151.message
    assert run("member", "rename", "BBX", "BBB", repo)[0] == 0
    assert [d for d in validate(repo).diagnostics if d.rule == "NZ151"] == []


def test_cost_shares_follow_a_rename(tmp_path: Path) -> None:
    repo = Path(shutil.copytree(COST, tmp_path / "cost"))
    assert run("member", "rename", "BLUE", "NAVY", repo)[0] == 0
    text = "".join(p.read_text() for p in (repo / "costs").glob("*.yaml"))
    assert "BLUE" not in text and "NAVY" in text
    found = [d for d in validate(repo).diagnostics if d.severity.label == "error"]
    assert found == []


def test_the_shipped_data_round_trips_and_stays_clean(tmp_path: Path) -> None:
    repo = tmp_path / "wrlc"
    for folder in ("collections", "institutions", "policies"):
        shutil.copytree(ROOT / folder, repo / folder)
    before = {p.relative_to(repo): p.read_bytes() for p in repo.rglob("*.yaml")}
    code, out = run("member", "rename", "HOW", "HOWARD", repo)
    assert code == 0, out
    assert "44 Group Settings" in out
    assert [d for d in validate(repo).diagnostics if d.severity.label != "notice"] == []
    assert run("member", "rename", "HOWARD", "HOW", repo)[0] == 0
    assert {p.relative_to(repo): p.read_bytes() for p in repo.rglob("*.yaml")} == before
    code, out = run("member", "remove", "HOW", repo)
    assert code == 0, out
    assert [d for d in validate(repo).diagnostics if d.severity.label == "error"] == []
