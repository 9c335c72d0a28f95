from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from nzconfig.engine.validate import validate
from tests.conftest import ROOT, run_cli
from tests.rules.policyrepo import build, found, run

FILE = "collections/books-tst.yaml"
HEAD = ("name: Books (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"
        "members: [AAA]\n")
URLS = {"policies/urls.yaml": (ROOT / "policies" / "urls.yaml").read_text(encoding="utf-8")}


def test_a_generic_level_url_passes(tmp_path: Path) -> None:
    files = {FILE: HEAD + "level_url: https://www.jstor.org/\n", **URLS}
    assert found(tmp_path, files, "NZ214") == []


@pytest.mark.parametrize("url", [
    "https://proxy.example.edu/login?url=https://www.jstor.org/",
    "https://login.proxy.example.edu/login?qurl=https%3A%2F%2Fwww.jstor.org",
    "https://www-jstor-org.ezproxy.example.edu/stable/1",
    "http://0-www.jstor.org.library.example.edu/",
    "https://go.openathens.net/redirector/example.edu?url=https://www.jstor.org/",
])
def test_a_proxied_level_url_is_an_error_at_its_value(tmp_path: Path, url: str) -> None:
    files = {FILE: HEAD + f"level_url: {url}\n", **URLS}
    assert found(tmp_path, files, "NZ214") == [(FILE, 5, 12, "error")]


def test_any_url_in_shared_data_is_checked(tmp_path: Path) -> None:
    text = HEAD + "notes: |\n  Titles list at https://proxy.example.edu/login?url=https://x.org/a\n"
    files = {FILE: text, **URLS,
             "vendors/ACME.yaml": "code: ACME\nname: Acme\nnotes: see https://x.ezproxy.y.edu/\n"}
    assert found(tmp_path, files, "NZ214") == [
        (FILE, 5, 8, "error"), ("vendors/ACME.yaml", 3, 8, "error")]


def test_institution_hosts_come_from_the_policy(tmp_path: Path) -> None:
    text = HEAD + "level_url: https://find.library.aaa.example.edu/db/1\n"
    assert found(tmp_path, {FILE: text, **URLS}, "NZ214") == []
    policy = URLS["policies/urls.yaml"].replace(
        "institution_hosts: {}", "institution_hosts:\n  AAA: [library.aaa.example.edu]")
    files = {FILE: text, "policies/urls.yaml": policy}
    assert found(tmp_path, files, "NZ214") == [(FILE, 5, 12, "error")]
    [d] = [d for d in run(tmp_path, files).diagnostics if d.rule == "NZ214"]
    assert d.member == "AAA" and "a host of `AAA` only" in d.message


def test_without_the_policy_file_nothing_is_checked(tmp_path: Path) -> None:
    files = {FILE: HEAD + "level_url: https://p.example.edu/login?url=https://x.org/\n"}
    assert found(tmp_path, files, "NZ214") == []


def test_a_bad_pattern_stops_the_run_at_its_line(tmp_path: Path) -> None:
    policy = "proxy_patterns:\n  - name: broken\n    pattern: 'login[?'\n"
    root = build(tmp_path, {FILE: HEAD + "level_url: https://x.org/\n",
                            "policies/urls.yaml": policy})
    with pytest.raises(FatalError) as caught:
        validate(root)
    [d] = caught.value.diagnostics
    assert (d.rule, d.file, d.line, d.column) == ("NZ016", "policies/urls.yaml", 3, 14)


def test_a_broken_urls_policy_is_exit_2_with_a_position_in_the_cli(tmp_path: Path) -> None:
    root = build(tmp_path, {FILE: HEAD, "policies/urls.yaml": "proxy_patterns:\n  - name: x\n"})
    done = run_cli("validate", root)
    assert done.code == 2
    assert [(d["rule"], d["file"], d["line"]) for d in done.diagnostics()] == [
        ("NZ103", "policies/urls.yaml", "2")]
