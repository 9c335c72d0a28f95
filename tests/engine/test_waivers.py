"""Waivers in policies/waivers.yaml: what they take, when they expire, what they report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from nzconfig.engine.validate import validate
from nzconfig.report.text import summary
from tests.support.cli import run_cli
from tests.support.repos import TODAY, build, run

BAD = {  # one NZ205 finding (no suffix) about collection `Books`, member AAA
    "collections/books.yaml": "name: Books\nmanaged_via: community_zone\n"
                              "access_type: subscription\nmembers: [AAA]\n",
}
WAIVERS = "policies/waivers.yaml"


def waiver(**keys: str) -> str:
    body = {"rule": "NZ205", "reason": "renamed at the next vendor load", "expires": "2025-06-30",
            **keys}
    return "waivers:\n" + "".join(
        f"  {'-' if i == 0 else ' '} {k}: {v}\n" for i, (k, v) in enumerate(body.items()))


def test_a_matching_waiver_sets_the_finding_apart_and_counts_it(tmp_path: Path) -> None:
    outcome = run(tmp_path, {**BAD, WAIVERS: waiver(collection="Books")})
    assert [d.rule for d in outcome.diagnostics if d.rule in ("NZ205", "NZ901", "NZ902")] == []
    assert [(d.rule, d.file, d.line) for d in outcome.waived] == [
        ("NZ205", "collections/books.yaml", 1)]
    assert summary(outcome).endswith("(1 finding waived)")


@pytest.mark.parametrize("keys", [{"member": "AAA"}, {"collection": "Other (TST)"},
                                  {"file": "collections/other.yaml"},
                                  {"collection": "Books", "file": "collections/other.yaml"}])
def test_every_target_given_must_match(tmp_path: Path, keys: dict[str, str]) -> None:
    outcome = run(tmp_path, {**BAD, WAIVERS: waiver(**keys)})
    assert outcome.waived == []
    found = [(d.rule, d.file, d.line, d.column, d.severity.label) for d in outcome.diagnostics
             if d.rule in ("NZ205", "NZ902")]
    assert found == [("NZ205", "collections/books.yaml", 1, 7, "error"),
                     ("NZ902", WAIVERS, 2, 5, "warning")]


def test_file_and_collection_targets_together(tmp_path: Path) -> None:
    text = waiver(collection="Books", file="collections/books.yaml")
    assert len(run(tmp_path, {**BAD, WAIVERS: text}).waived) == 1


def test_a_waiver_holds_through_its_expiry_date(tmp_path: Path) -> None:
    build(tmp_path, {**BAD, WAIVERS: waiver(expires="2025-03-01")})
    assert len(validate(tmp_path, today=date(2025, 3, 1)).waived) == 1


def test_an_expired_waiver_is_an_error_and_waives_nothing(tmp_path: Path) -> None:
    build(tmp_path, {**BAD, WAIVERS: "# waivers\n" + waiver(expires="2025-02-28")})
    outcome = validate(tmp_path, today=TODAY)
    assert outcome.waived == []
    found = [(d.rule, d.file, d.line, d.column, d.severity.label) for d in outcome.diagnostics
             if d.rule in ("NZ205", "NZ901", "NZ902")]
    assert found == [("NZ205", "collections/books.yaml", 1, 7, "error"),
                     ("NZ901", WAIVERS, 3, 5, "error")]


def test_waivers_name_rules_that_exist_and_real_dates(tmp_path: Path) -> None:
    text = (waiver() + "  - rule: NZ101\n    reason: r\n    expires: 2025-12-31\n"
            "  - rule: NZ205\n    reason: r\n    expires: 2025-02-30\n")
    outcome = run(tmp_path, {**BAD, WAIVERS: text})
    found = [(d.rule, d.line, d.column) for d in outcome.diagnostics
             if d.rule.startswith("NZ90")]
    assert found == [("NZ903", 5, 11), ("NZ904", 10, 14)]


def test_missing_reason_is_a_positioned_error_and_the_tool_cannot_run(tmp_path: Path) -> None:
    text = "waivers:\n  - rule: NZ205\n    expires: 2025-06-30\n"
    build(tmp_path, {**BAD, WAIVERS: text})
    done = run_cli("validate", tmp_path)
    assert done.code == 2
    assert [(d["rule"], d["file"], d["line"]) for d in done.diagnostics()] == [
        ("NZ103", WAIVERS, "2")]
    assert "reason" in done.stdout + done.stderr


def test_today_comes_from_the_environment_end_to_end(tmp_path: Path) -> None:
    build(tmp_path, {**BAD, WAIVERS: waiver(collection="Books")})
    before = run_cli("validate", tmp_path, env={"NZCONFIG_TODAY": "2025-06-30"})
    assert before.code == 0 and "(1 finding waived)" in before.stdout
    after = run_cli("validate", tmp_path, env={"NZCONFIG_TODAY": "2025-07-01"})
    assert after.code == 1
    assert {(d["rule"], d["line"]) for d in after.diagnostics()} >= {("NZ901", "2"),
                                                                     ("NZ205", "1")}


def test_a_bad_today_stops_the_run(tmp_path: Path) -> None:
    build(tmp_path, {**BAD, WAIVERS: waiver()})
    done = run_cli("validate", tmp_path, env={"NZCONFIG_TODAY": "tomorrow"})
    assert done.code == 2 and "NZCONFIG_TODAY" in done.stderr


def test_a_misspelt_collection_gets_a_did_you_mean(tmp_path: Path) -> None:
    from nzconfig.engine.validate import validate
    from tests.support.repos import collection, make_repo, write
    repo = make_repo(tmp_path, [collection("Pilot Open Access", ["AAA"])])  # NZ205: no suffix
    write(repo, "policies/waivers.yaml", {"waivers": [
        {"rule": "NZ205", "collection": "pilot open acess", "reason": "r",
         "expires": f"{date.today().year + 1}-01-01"},
        {"rule": "NZ205", "member": "ZZZ", "reason": "r",
         "expires": f"{date.today().year + 1}-01-01"}]})
    unused = [d for d in validate(repo).diagnostics if d.rule == "NZ902"]
    assert [d.hint for d in unused] == [
        "no collection is named `pilot open acess`: did you mean `Pilot Open Access`?",
        "no member is named `ZZZ`; check the spelling"]


@pytest.mark.parametrize(("entry", "rule"), [
    ("    reason: '  '\n    expires: 2025-06-30\n", "NZ022"),
    ("    reason: for ever\n    expires: 9999-12-31\n", "NZ023"),
])
def test_a_waiver_without_reason_or_for_ever_waives_nothing(tmp_path: Path, entry: str,
                                                            rule: str) -> None:
    from tests.support.repos import run

    waivers = "waivers:\n  - rule: NZ205\n    collection: Books\n" + entry
    outcome = run(tmp_path / "repo", {
        "collections/books.yaml": "name: Books\nmanaged_via: community_zone\n"
                                  "access_type: subscription\nmembers: [AAA]\n",
        "policies/waivers.yaml": waivers})
    rules = sorted(d.rule for d in outcome.diagnostics if d.severity.label == "error")
    assert rule in rules and "NZ205" in rules  # the finding is not waived
    assert not outcome.waived
