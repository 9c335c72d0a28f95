"""`nzconfig diff` end to end on a temporary git repository with scripted commits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.changes.scenario import build
from tests.support.cli import run_cli as nzconfig
from tests.support.repos import collection, make_repo, put


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("diff") / "repo")


def test_markdown_says_what_changed(repo: Path) -> None:
    run = nzconfig("diff", "HEAD~1", "HEAD", cwd=repo)
    assert run.code == 0, run.stderr
    text = run.stdout
    assert text.startswith("<!-- nzconfig diff -->\n## nzconfig: HEAD\\~1 → HEAD\n")
    assert "Collections: 1 added, 1 removed, 2 renamed, 2 changed" in text
    assert "- Added **Videos (TST)** (`collections/videos-tst.yaml`), active, for BBB, CCC, XYZ" \
        in text
    assert "- Removed **Old Stuff (TST)**" in text
    assert "- Renamed **Journals (TST)** → **Journals Plus (TST)**" in text
    assert ("- Moved **Journals Plus (TST)**: `collections/journals-tst.yaml` → "
            "`collections/journals-plus-tst.yaml`") in text
    assert "- Renamed **Films (TST)** → **FILMS (TST)**" in text
    assert "- Status of **Bad (TST)**: active → inactive" in text
    assert "| BBB | Videos (TST) | Books (TST) |" in text
    assert "| AAA | — | Bad (TST); Old Stuff (TST) |" in text
    assert ("| Books (TST) | AAA | We subscribe to only some titles in this collection | Yes | "
            "No (override: AAA owns the whole package) |") in text
    introduced = text.split("**Introduced by this change**")[1].split("**Fixed**")[0]
    fixed = text.split("**Fixed**")[1]
    assert "error `NZ151`: `XYZ` is not a member" in introduced
    assert "`QQQ`" not in introduced
    assert "error `NZ151`: `QQQ` is not a member" in fixed


def test_working_tree_is_the_default_head(repo: Path) -> None:
    assert nzconfig("diff", "HEAD~1", cwd=repo).stdout.replace("working tree", "HEAD") == \
        nzconfig("diff", "HEAD~1", "HEAD", cwd=repo).stdout


def test_fail_on_new_counts_only_new_errors(repo: Path) -> None:
    assert nzconfig("diff", "HEAD~1", "HEAD", "--fail-on-new", cwd=repo).code == 1
    # The base already has an error (QQQ); unchanged, it is not new.
    assert nzconfig("diff", "HEAD~1", "HEAD~1", "--fail-on-new", cwd=repo).code == 0
    # Without the flag, diff describes and exits 0.
    assert nzconfig("diff", "HEAD~1", "HEAD", cwd=repo).code == 0


def test_json_gives_the_same_as_data(repo: Path) -> None:
    run = nzconfig("diff", "HEAD~1", "HEAD", repo, "--format", "json")
    data = json.loads(run.stdout)
    assert data["version"] == 1 and (data["base"], data["head"]) == ("HEAD~1", "HEAD")
    kinds = {c["name"]: c["change"] for c in data["collections"]}
    assert kinds["Journals Plus (TST)"] == "renamed" and kinds["Videos (TST)"] == "added"
    assert data["access"]["CCC"] == {"gains": ["Books (TST)", "Videos (TST)"], "loses": []}
    assert data["findings"]["new_errors"] == 1
    assert [d["member"] for d in data["findings"]["introduced"] if d["rule"] == "NZ151"] == [
        "XYZ"]


def test_two_folders(tmp_path: Path) -> None:
    base = make_repo(tmp_path / "base", [collection("Books (TST)", ["AAA"])])
    head = make_repo(tmp_path / "head", [collection("Books (TST)", ["AAA", "BBB"])])
    run = nzconfig("diff", base, head)
    assert run.code == 0, run.stderr
    assert "Group Settings of **Books (TST)**: adds BBB" in run.stdout
    assert "| BBB | Books (TST) | — |" in run.stdout


def test_output_is_deterministic_and_written_to_a_file(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "comment.md"
    assert nzconfig("diff", "HEAD~1", "HEAD", "-o", out, cwd=repo).stdout == ""
    assert out.read_text(encoding="utf-8") == nzconfig(
        "diff", "HEAD~1", "HEAD", cwd=repo, env={"PYTHONHASHSEED": "7"}).stdout


def test_bad_revision_exits_2(repo: Path) -> None:
    run = nzconfig("diff", "no-such-rev", cwd=repo)
    assert run.code == 2
    assert "`no-such-rev` is neither a folder nor a git revision" in run.stderr


def test_no_change(tmp_path: Path) -> None:
    base = make_repo(tmp_path / "base", [collection("Books (TST)", ["AAA"])])
    put(base, collection("Books (TST)", ["AAA"]))
    run = nzconfig("diff", base, base)
    assert "No change to the shared configuration" in run.stdout


def _waiver_repo(root: Path) -> Path:
    from tests.support.repos import commit, init, write
    repo = init(make_repo(root, [collection("Books (TST)", ["AAA", "BBB"])]))
    write(repo, "policies/waivers.yaml", {"waivers": [
        {"rule": "NZ217", "collection": "Books (TST)", "reason": "old", "expires": "2028-01-01"},
        {"rule": "NZ205", "collection": "Gone (TST)", "reason": "gone", "expires": "2028-01-01"},
    ]})
    commit(repo, "waivers")
    put(repo, collection("Pilot Open Access", ["AAA"], access_type="open_access",
                         approval={"legacy": True}))  # no "(TST)": NZ205
    write(repo, "policies/waivers.yaml", {"waivers": [
        {"rule": "NZ217", "collection": "Books (TST)", "reason": "new reason",
         "expires": "2029-01-01"},
        {"rule": "NZ205", "collection": "Pilot Open Access",
         "reason": "APAC approved a one-member pilot", "expires": "2028-06-30"},
        {"rule": "NZ206", "collection": "Books (TST)", "reason": "lapsed",
         "expires": "2020-01-01"},
    ]})
    commit(repo, "pilot")
    return repo


def test_a_newly_waived_finding_and_the_waivers_are_shown(tmp_path: Path) -> None:
    repo = _waiver_repo(tmp_path / "repo")
    run = nzconfig("diff", "HEAD~1", "HEAD", cwd=repo, env={"NZCONFIG_TODAY": "2026-01-01"})
    text = run.stdout
    assert "**1 finding newly waived**" in text.splitlines()[3], text
    waived = text.split("**Newly waived**")[1]
    assert "`NZ205`" in waived and "waived: APAC approved a one-member pilot (until 2028-06-30)" \
        in waived
    assert ("- `NZ205` for collection: Pilot Open Access, until 2028-06-30: APAC approved "
            "a one-member pilot") in text.split("**Waivers added**")[1]
    assert "- `NZ205` for collection: Gone (TST), until 2028-01-01: gone" in \
        text.split("**Waivers removed**")[1]
    assert ("- `NZ217` for collection: Books (TST): reason old → new reason; expires "
            "2028-01-01 → 2029-01-01") in text
    assert "**Waivers expired" in text and "`NZ206` for collection: Books (TST)" in \
        text.split("**Waivers expired")[1]
    data = json.loads(nzconfig("diff", "HEAD~1", "HEAD", "--format", "json", cwd=repo,
                               env={"NZCONFIG_TODAY": "2026-01-01"}).stdout)
    newly = data["waivers"]["newly_waived"]
    assert [(w["rule"], w["waiver"]["reason"]) for w in newly] == [
        ("NZ205", "APAC approved a one-member pilot")]
    assert data["waivers"]["expired"][0]["collection"] == "Books (TST)"


def test_collections_sort_ignoring_case(tmp_path: Path) -> None:
    from tests.support.repos import commit, init
    repo = init(make_repo(tmp_path / "repo", []))
    for name in ("beta (TST)", "Alpha (TST)", "Gamma (TST)"):
        put(repo, collection(name, ["AAA"]))
    commit(repo, "three")
    text = nzconfig("diff", "HEAD~1", "HEAD", cwd=repo).stdout
    added = [line for line in text.splitlines() if line.startswith("- Added")]
    assert [a.split("**")[1] for a in added] == ["Alpha (TST)", "beta (TST)", "Gamma (TST)"]
