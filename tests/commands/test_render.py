"""``nzconfig render`` end to end: the real CLI in a fresh process."""

from __future__ import annotations

import json
from pathlib import Path

from nzconfig.render.output import MANIFEST
from tests.conftest import ROOT
from tests.support.cli import run_cli
from tests.support.repos import collection, make_repo, write


def small(root: Path, third: bool = True) -> Path:
    return make_repo(root, [
        collection("Alpha (TST)", ["AAA", "BBB"]),
        collection("Beta (TST)", ["AAA", "BBB", "CCC"] if third else ["AAA", "BBB"]),
    ], members=("AAA", "BBB", "CCC") if third else ("AAA", "BBB"))


def test_the_shipped_data_renders(tmp_path: Path) -> None:
    out = tmp_path / "site"
    done = run_cli("render", ROOT, "--out", out, installed=True)
    assert done.code == 0, done.stderr
    for page in ("index.html", "collections.md", "collections.xhtml", "collections.html",
                 "collections.csv", "access-matrix.html", "access-matrix.csv",
                 "cdi-settings.md", "validation.md", "open-access-review.md",
                 "members/GWALAW.md", MANIFEST):
        assert (out / page).is_file(), page
    again = run_cli("render", ROOT, "--out", out, installed=True)
    assert again.code == 0
    assert " 0 written" in again.stdout


def test_refuses_a_repository_with_errors_unless_forced(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", [collection("Alpha (TST)", ["AAA", "ZZZ"])])
    out = tmp_path / "site"
    done = run_cli("render", repo, "--out", out)
    assert done.code == 1
    assert "render refused" in done.stderr and "--force" in done.stderr
    assert any(d["rule"] == "NZ151" for d in done.diagnostics())  # the unknown member
    assert not out.exists()
    forced = run_cli("render", repo, "--out", out, "--force")
    assert forced.code == 0, forced.stderr
    assert "despite 1 error (--force)" in forced.stderr
    assert "ZZZ" in (out / "collections.md").read_text(encoding="utf-8")


def test_check_names_missing_pages_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "site"
    done = run_cli("render", small(tmp_path / "repo"), "--out", out, "--check", "--force")
    assert done.code == 1
    assert f"{out / 'collections.md'}: missing" in done.stdout.splitlines()
    assert not out.exists()


def test_stale_pages_of_the_last_render_are_removed_and_nothing_else(tmp_path: Path) -> None:
    repo = small(tmp_path / "repo")
    out = tmp_path / "site"
    assert run_cli("render", repo, "--out", out, "--force").code == 0
    assert (out / "members" / "CCC.md").is_file()
    (out / "notes.txt").write_text("mine")
    (out / "members" / "extra.md").write_text("mine too")
    listed = json.loads((out / MANIFEST).read_text())["files"]
    assert "members/CCC.md" in listed and "notes.txt" not in listed

    (repo / "institutions" / "CCC.yaml").unlink()
    write(repo, "collections/beta-tst.yaml", collection("Beta (TST)", ["AAA", "BBB"]))
    check = run_cli("render", repo, "--out", out, "--check", "--force")
    assert check.code == 1
    assert f"{out / 'members' / 'CCC.md'}: stale (no longer produced)" in check.stdout
    assert (out / "members" / "CCC.md").is_file()

    done = run_cli("render", repo, "--out", out, "--force")
    assert done.code == 0, done.stderr
    assert "2 removed" in done.stdout  # CCC.md and CCC.html
    assert not (out / "members" / "CCC.md").exists()
    assert (out / "notes.txt").read_text() == "mine"
    assert (out / "members" / "extra.md").read_text() == "mine too"


def test_never_overwrites_a_file_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "collections.md").write_text("someone's page")
    done = run_cli("render", small(tmp_path / "repo"), "--out", out, "--force")
    assert done.code == 2
    assert "collections.md" in done.stderr and "no earlier render wrote" in done.stderr
    assert (out / "collections.md").read_text() == "someone's page"


def test_stamp(tmp_path: Path) -> None:
    repo = small(tmp_path / "repo")
    out = tmp_path / "site"
    epoch = {"SOURCE_DATE_EPOCH": "1700000000"}
    assert run_cli("render", repo, "--out", out, "--force", "--stamp", env=epoch).code == 0
    assert "Generated at 2023-11-14T22:13:20Z" in (out / "collections.md").read_text()
    assert run_cli("render", repo, "--out", out, "--force", "--check", "--stamp",
                   env=epoch).code == 0
    unstamped = run_cli("render", repo, "--out", out, "--force", "--check")
    assert unstamped.code == 1  # the stamp is in the committed pages, not in a fresh render
    no_time = run_cli("render", repo, "--out", out, "--force", "--check", "--stamp",
                      env={"SOURCE_DATE_EPOCH": ""})
    assert no_time.code == 2
    assert "SOURCE_DATE_EPOCH" in no_time.stderr


def test_a_broken_template_override_cannot_run(tmp_path: Path) -> None:
    repo = small(tmp_path / "repo")
    (repo / "templates").mkdir()
    (repo / "templates" / "index.md").write_text(
        "{{ site.__class__.__init__.__globals__ }}\n", encoding="utf-8")
    done = run_cli("render", repo, "--out", tmp_path / "site", "--force")
    assert done.code == 2
    assert "template error" in done.stderr
    assert not (tmp_path / "site").exists()


def test_a_template_failing_half_way_changes_nothing(tmp_path: Path) -> None:
    """Pages stream to disk one at a time; a page failing late (the member checklists come
    last) must not leave earlier pages new and the manifest old."""
    repo = small(tmp_path / "repo")
    out = tmp_path / "site"
    assert run_cli("render", repo, "--out", out, "--force").code == 0
    before = {p.relative_to(out).as_posix(): p.read_bytes()
              for p in sorted(out.rglob("*")) if p.is_file()}
    write(repo, "collections/gamma-tst.yaml", collection("Gamma (TST)", ["AAA"]))
    (repo / "templates").mkdir()
    (repo / "templates" / "member.md").write_text("{{ site.no_such_field }}\n",
                                                  encoding="utf-8")
    done = run_cli("render", repo, "--out", out, "--force")
    assert done.code == 2
    assert "template error" in done.stderr
    after = {p.relative_to(out).as_posix(): p.read_bytes()
             for p in sorted(out.rglob("*")) if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["repo", "site"]  # no staging left
