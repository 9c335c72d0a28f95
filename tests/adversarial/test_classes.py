"""One hostile case per class of issue 10, through the CLI: a clean diagnostic (exit 1 or 2,
never a traceback), nothing read from outside the repository, no markup from data, nothing
half-written. The cases whose danger is unbounded size or work (or a read that blocks) run
in a fresh process within a time and a memory bound (`measured`); the others in-process
(`cli`, click's CliRunner).

1 sizes not counted · 2 work not bounded · 3 markup from data · 4 writes not all-or-nothing
(tests/adversarial/test_kill.py kills at random points) · 5 reading outside the repository ·
6 names that deceive · 7 ordinary failures · 8 small ones
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.cli import run_cli
from tests.support.measure import Measured
from tests.support.measure import measured as fresh_process
from tests.support.repos import collection, make_repo

SECONDS = 30.0
MAX_RSS_MB = 400


@dataclass(frozen=True)
class Ran:
    code: int
    output: str


def cli(*args: str | Path) -> Ran:
    """The CLI in-process; stdout and stderr together."""
    done = run_cli(*args)
    output = done.stdout + done.stderr
    assert "internal error" not in output, output[-3000:]
    return Ran(done.code, output)


def measured(*args: str | Path, cwd: Path | None = None) -> Measured:
    """The CLI in a fresh process, with its wall time and peak memory; killed at 3x the bound."""
    run = fresh_process(*args, cwd=cwd, kill_after=SECONDS * 3)
    text = run.output
    assert "Traceback" not in text and "internal error" not in text, text[-3000:]
    assert run.seconds < SECONDS, run
    assert run.rss_mb < MAX_RSS_MB, run
    return run


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "repo", [collection("Shared Books (TST)", ["AAA"])])


# --- 5. Reading outside the repository ---------------------------------------------------

@pytest.mark.parametrize("folder", ["collections", "institutions", "policies"])
def test_a_symlinked_folder_is_refused(repo: Path, tmp_path: Path, folder: str) -> None:
    elsewhere = tmp_path / "elsewhere"
    (repo / folder).rename(elsewhere)
    (repo / folder).symlink_to(elsewhere)
    run = cli("validate", repo)
    assert run.code == 1
    assert f"{folder}/:1:1: error [NZ014] is a symbolic link to a folder" in run.output


def test_a_symlinked_templates_folder_is_refused(repo: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "index.md").write_text("SECRET\n")
    (repo / "templates").symlink_to(secret)
    run = cli("render", repo, "--out", tmp_path / "site")
    assert run.code == 2
    assert "templates/: is a symbolic link to a folder; refused" in run.output
    assert not (tmp_path / "site").exists()


def test_an_include_through_a_link_out_of_templates_is_refused(repo: Path,
                                                                tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "key.txt").write_text("SECRET\n")
    (repo / "templates").mkdir()
    (repo / "templates" / "linked").symlink_to(secret)
    (repo / "templates" / "index.md").write_text('{% include "linked/key.txt" %}\n')
    run = cli("render", repo, "--out", tmp_path / "site")
    assert run.code == 2
    assert "template error" in run.output and "SECRET" not in run.output
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("where", [".", "policies", "templates", "collections/sub", "/", ".."])
def test_out_where_render_would_destroy_or_feed_the_repository(repo: Path, where: str) -> None:
    (repo / "templates").mkdir()
    before = sorted(p.relative_to(repo).as_posix() for p in repo.rglob("*"))
    run = cli("render", repo, "--out", where if where == "/" else repo / where)
    assert run.code == 2, run.output
    assert "refused" in run.output
    assert sorted(p.relative_to(repo).as_posix() for p in repo.rglob("*")) == before


# --- 1. Sizes that are not counted ------------------------------------------------------

def test_an_alias_repeating_a_megabyte_is_refused(repo: Path) -> None:
    """1 MB of text listed 3,000 times: 3 GB once rendered, refused while loading."""
    (repo / "collections" / "x.yaml").write_text(
        "name: Big (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"
        "members: [AAA]\nnotes: &big '" + "y" * 1_000_000 + "'\navailability: ["
        + ", ".join(["*big"] * 3_000) + "]\n", encoding="utf-8")
    run = measured("validate", repo)
    assert run.code == 1
    assert "collections/x.yaml:5:8: error [NZ004] aliases repeat more than 1,024 KiB" \
        in run.output
    assert measured("render", repo, "--out", repo.parent / "site").code == 1


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/stdin", "fifo"])
def test_a_manifest_that_is_no_file_is_not_read(repo: Path, target: str) -> None:
    site = repo.parent / "site"
    assert cli("render", repo, "--out", site).code == 0
    (site / ".nzconfig-manifest.json").unlink()
    if target == "fifo":
        os.mkfifo(site / ".nzconfig-manifest.json")
    else:
        (site / ".nzconfig-manifest.json").symlink_to(target)
    run = measured("render", repo, "--out", site, "--check")
    assert run.code == 1  # the manifest differs: it is not read, so it is not ours
    assert measured("render", repo, "--out", site).code == 0  # identical pages are adopted
    manifest = site / ".nzconfig-manifest.json"
    assert manifest.is_file() and not manifest.is_symlink()


# --- 2. Work that is not bounded --------------------------------------------------------

@pytest.mark.parametrize(("template", "message"), [
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
     "templates/index.md:1: more than 10,000,000 loop iterations"),
    ('{{ "x" * 10**10 }}', "templates/index.md:1: a value of more than"),
    ("ok\n{{ 1/0 }}", "templates/index.md:2: ZeroDivisionError"),
    ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
     "templates/index.md:1: recursion too deep"),
])
def test_a_runaway_template_is_a_template_error(repo: Path, template: str,
                                                message: str) -> None:
    (repo / "templates").mkdir()
    (repo / "templates" / "index.md").write_text(template, encoding="utf-8")
    run = measured("render", repo, "--out", repo.parent / "site")
    assert run.code == 2
    assert f"nzconfig: error: template error: {message}" in run.output
    assert not (repo.parent / "site").exists()


def test_a_catastrophic_policy_pattern_is_refused(repo: Path) -> None:
    (repo / "policies" / "urls.yaml").write_text(
        "proxy_patterns:\n  - name: evil\n    pattern: '(a+)+$'\n", encoding="utf-8")
    (repo / "collections" / "x.yaml").write_text(
        "name: Long (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"
        "members: [AAA]\nlevel_url: 'https://x/" + "a" * 5_000 + "!'\n", encoding="utf-8")
    run = measured("validate", repo)
    assert run.code == 2
    assert "policies/urls.yaml:3:14: error [NZ016] refused: a repeat inside a repeat" \
        in run.output


# --- 6. Names that deceive --------------------------------------------------------------

def _collection_file(repo: Path, file: str, name: str, members: str = "[AAA]") -> None:
    (repo / "collections" / file).write_text(
        f'name: "{name}"\nmanaged_via: community_zone\naccess_type: subscription\n'
        f"members: {members}\n", encoding="utf-8")


def test_look_alike_and_reordered_names_are_errors(repo: Path) -> None:
    _collection_file(repo, "jstor-tst.yaml", "JSTOR (TST)")
    _collection_file(repo, "jstor-cyrillic.yaml", "JST\\u041eR (TST)")
    _collection_file(repo, "jstor-bidi.yaml", "\\u202eJSTOR (TST)")
    _collection_file(repo, "zero-width.yaml", "JSTOR\\u200b (TST)")
    run = cli("validate", repo)
    assert run.code == 1
    assert "collections/jstor-tst.yaml:1:7: error [NZ157] collection name `JSTOR (TST)` looks " \
           "like `JST\u041eR (TST)` of collections/jstor-cyrillic.yaml:1:7" in run.output
    assert "collections/jstor-bidi.yaml:1:7: error [NZ156] the text holds invisible " \
           "characters (\\u202e)" in run.output
    assert "collections/zero-width.yaml:1:7: error [NZ156]" in run.output
    assert "\u202e" not in run.output and "\u200b" not in run.output


def test_a_trailing_newline_is_no_member_code(repo: Path) -> None:
    _collection_file(repo, "x.yaml", "Books Two (TST)", members='["AAA\\n"]')
    run = cli("validate", repo)
    assert run.code == 1
    assert "collections/x.yaml:4:11: error [NZ101]" in run.output


# --- 7. Ordinary failures called internal errors ----------------------------------------

def test_a_file_size_limit_is_a_one_line_error(repo: Path) -> None:
    import resource

    limit = 4096  # bytes: the pages are larger
    done = subprocess.run(
        [sys.executable, "-m", "nzconfig", "render", str(repo), "--out",
         str(repo.parent / "site")], capture_output=True, text=True, timeout=120,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)),
        check=False)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["nzconfig: error: File too large"]
    assert not (repo.parent / "site").exists()
    assert [p.name for p in repo.parent.iterdir()] == ["repo"]  # the staging folder went too


def test_output_into_a_missing_folder_is_refused(repo: Path) -> None:
    from tests.support.repos import commit, init

    init(repo)
    (repo / "collections" / "shared-books-tst.yaml").write_text(
        "name: Shared Books (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"
        "members: [AAA, BBB]\n", encoding="utf-8")
    commit(repo, "add BBB")
    run = cli("diff", "HEAD~1", "HEAD", "--repo", repo, "--output",
                   repo.parent / "missing" / "comment.md")
    assert run.code == 2
    assert "the folder" in run.output and "does not exist" in run.output
    assert not (repo.parent / "missing").exists()


def test_a_dangling_out_link_is_refused(repo: Path) -> None:
    (repo.parent / "site").symlink_to(repo.parent / "nowhere" / "site")
    run = cli("render", repo, "--out", repo.parent / "site")
    assert run.code == 2 and "is a link to nothing" in run.output
    assert not (repo.parent / "nowhere").exists()


def test_import_table_from_a_fifo_does_not_block(repo: Path) -> None:
    os.mkfifo(repo.parent / "table.csv")
    run = measured("import-table", repo.parent / "table.csv", "--repo", repo)
    assert run.code == 2 and "not a regular file" in run.output


# --- 8. Small ones ----------------------------------------------------------------------

def test_a_waiver_for_ever_or_without_reason_waives_nothing(repo: Path) -> None:
    (repo / "policies" / "waivers.yaml").write_text(
        "waivers:\n  - rule: NZ202\n    collection: Shared Books (TST)\n    reason: ' '\n"
        "    expires: 2026-12-31\n  - rule: NZ202\n    collection: Shared Books (TST)\n"
        "    reason: for ever\n    expires: 9999-12-31\n", encoding="utf-8")
    run = cli("validate", repo)
    assert "policies/waivers.yaml:4:13: error [NZ022]" in run.output
    assert "policies/waivers.yaml:9:14: error [NZ023]" in run.output
    assert "notice [NZ202]" in run.output  # not waived


# --- 3. Markup from data ----------------------------------------------------------------

HOSTILE_NAME = ("[approve](https://evil.example) ![x](https://evil.example/x.png) @octocat"
                "\r# Hi x;=cmd|' /C calc'!A0 <b onclick=x>raw</b> \u202eevil (TST)")


def test_a_hostile_name_is_text_in_the_comment_the_report_and_the_csv(repo: Path) -> None:
    from markdown_it import MarkdownIt

    from tests.core.test_markup import gfm, walk
    from tests.support.repos import commit, init

    init(repo)
    (repo / "collections" / "hostile.yaml").write_text(
        f"name: {json.dumps(HOSTILE_NAME)}\nmanaged_via: community_zone\n"
        "access_type: subscription\nmembers: [AAA]\n", encoding="utf-8")
    commit(repo, "hostile")
    run = cli("diff", "HEAD~1", "HEAD", repo)
    parser: MarkdownIt = gfm()
    tokens = list(walk(parser.parse(run.output)))
    kinds = {t.type for t in tokens}
    assert not kinds & {"link_open", "image", "html_inline"}, run.output
    # HTML blocks are the comment's own (its marker, <details>), never the name's tag
    blocks = [t.content for t in tokens if t.type == "html_block"]
    assert blocks and not any("onclick" in b or "<b" in b for b in blocks), blocks
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings and not any("Hi" in h or "evil" in h for h in headings), headings
    assert "approve" in run.output  # the name is there, as text
    assert "@octocat" not in run.output and "\r" not in run.output
    text = cli("validate", repo)
    # every line is a finding, its hint, a grouped notice's lines or the summary: none forged
    assert all(line.startswith(("collections/", "    hint", "0 errors", "1 error", "2 errors",
                                "3 errors", "notice [NZ", "    collections: ", "    members: ",
                                "    files: ", "    each one: "))
               for line in text.output.splitlines()), text.output
    for fmt in ("github", "json", "sarif", "junit"):  # the other report formats: no raw
        shown = cli("validate", "--format", fmt, repo).output  # CR or bidi from data
        assert "\r" not in shown and "\u202e" not in shown, fmt
        if fmt in ("github", "junit"):  # markup formats (JSON and SARIF hold it as a string)
            assert "<b onclick" not in shown, fmt
    cli("render", repo, "--out", repo.parent / "site", "--force")
    csv_text = (repo.parent / "site" / "collections.csv").read_text(encoding="utf-8")
    assert "x;'=cmd" in csv_text and "x;=cmd" not in csv_text
    for page in ("collections.html", "collections.xhtml", "access-matrix.html"):
        html = (repo.parent / "site" / page).read_text(encoding="utf-8")
        assert "<b onclick" not in html and "&lt;b onclick=x&gt;" in html, page


def test_the_name_checks_cannot_be_switched_off_by_the_pull_request(repo: Path) -> None:
    (repo / "policies" / "rules.yaml").write_text(
        "rules:\n  NZ157:\n    enabled: false\n", encoding="utf-8")
    run = cli("validate", repo)
    assert run.code == 2
    assert "policies/rules.yaml:3:5: error [NZ016] NZ157 guards the repository's integrity" \
        in run.output
    (repo / "policies" / "rules.yaml").unlink()
    (repo / "policies" / "waivers.yaml").write_text(
        "waivers:\n  - rule: NZ156\n    reason: it is fine\n    expires: 2026-12-31\n",
        encoding="utf-8")
    run = cli("validate", repo)
    assert "policies/waivers.yaml:2:11: error [NZ903] NZ156 guards the repository's " \
           "integrity and cannot be waived" in run.output
