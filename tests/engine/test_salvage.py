"""A data file with schema errors still gets the checks that do not read its broken values
(engine/salvage.py; docs/formats.md, "A file with schema errors")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nzconfig.core.catalog import NOT_RUN
from nzconfig.core.errors import FatalError
from nzconfig.engine.validate import Outcome
from tests.support.cli import run_cli
from tests.support.repos import build, run

BOOKS = "collections/books-tst.yaml"
HEAD = "name: Books (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"
INHERITING = {f"institutions/{code}.yaml": f"code: {code}\ncdi_consortia_inheritance: true\n"
              for code in ("AAA", "BBB", "CCC")}
# A CDI override whose value is misspelt (`ture` is text, not true or false).
CDI_TYPO = "cdi:\n  AAA:\n    cdi_search_activation_status: ture\n    reason: trial\n"


def found(outcome: Outcome) -> list[tuple[str, str, int, int]]:
    """The findings, without the notices that a rule was not run (``not_run``)."""
    return [(d.rule, d.file, d.line, d.column) for d in outcome.diagnostics
            if d.rule != NOT_RUN]


def rules(outcome: Outcome, file: str) -> list[str]:
    return [rule for rule, at, _line, _column in found(outcome) if at == file]


def not_run(outcome: Outcome) -> set[tuple[str, str, int, int]]:
    """(rule, file, line, column) of each notice that a rule was not run."""
    return {(d.message.split()[0], d.file, d.line, d.column) for d in outcome.diagnostics
            if d.rule == NOT_RUN}


# Collections


def test_a_cdi_typo_and_an_unknown_member_are_both_reported(tmp_path: Path) -> None:
    text = HEAD + "linking: {level: book, method: link_resolver}\n" + CDI_TYPO + \
        "members: [AAA, BBX]\n"
    outcome = run(tmp_path, {**INHERITING, BOOKS: text})
    assert found(outcome) == [("NZ101", BOOKS, 7, 35), ("NZ151", BOOKS, 9, 16)]
    # NZ201 reads the CDI overrides; it says so at the broken key's line (`cdi:`).
    assert not_run(outcome) == {("NZ201", BOOKS, 5, 1)}
    # The broken value stays out of what the other commands see (render, diff, Alma).
    assert outcome.network.collections == []


def test_the_same_collection_without_the_typo_passes_the_schema(tmp_path: Path) -> None:
    text = HEAD + "linking: {level: book, method: link_resolver}\n" + \
        CDI_TYPO.replace("ture", "true") + "members: [AAA, BBX]\n"
    outcome = run(tmp_path, {**INHERITING, BOOKS: text})
    assert "NZ101" not in rules(outcome, BOOKS) and "NZ151" in rules(outcome, BOOKS)
    assert [c.doc.file for c in outcome.network.collections] == [BOOKS]


def test_no_rule_reports_a_broken_value_as_missing(tmp_path: Path) -> None:
    # NZ202 would say "linking not recorded" of a collection whose linking is merely misspelt.
    text = HEAD + "linking: {level: bok, method: link_resolver}\nmembers: [AAA, BBX]\n"
    outcome = run(tmp_path, {**INHERITING, BOOKS: text})
    assert rules(outcome, BOOKS) == ["NZ101", "NZ151"]
    assert ("NZ202", BOOKS, 4, 1) in not_run(outcome)
    # With the key really absent, NZ202 speaks: the suppression above is the salvage's doing.
    absent = run(tmp_path / "absent", {**INHERITING, BOOKS: HEAD + "members: [AAA, BBX]\n"})
    assert "NZ202" in rules(absent, BOOKS)


def test_a_misspelt_status_is_not_read_as_active(tmp_path: Path) -> None:
    # Read as absent, `status` would mean active, and NZ209 would ask for the inheritance of
    # AAA (in another file) for the sake of an active collection.
    text = HEAD + "status: inactve\nlinking: {level: book, method: link_resolver}\n" \
        "members: [AAA]\n"
    outcome = run(tmp_path, {BOOKS: text})
    assert found(outcome) == [("NZ101", BOOKS, 4, 9)]
    # NZ209's finding would be in institutions/AAA.yaml, not in the file it read `status` of:
    # keeping a rule's findings in the other files would keep exactly this false one. So the
    # rule reports nothing, and says so at the key it read.
    assert ("NZ209", BOOKS, 4, 1) in not_run(outcome)
    active = run(tmp_path / "active", {BOOKS: text.replace("inactve", "active")})
    assert ("NZ209", "institutions/AAA.yaml", 1, 1) in found(active)
    assert not_run(active) == set()


def test_a_broken_required_value_is_set_aside_too(tmp_path: Path) -> None:
    # `access_type` is required, but it does not say which collection the file is: the
    # unknown member is still found, and the rules that read the access type say they
    # were not run.
    text = HEAD.replace("subscription", "subscripton") + "members: [AAA, BBX]\n"
    outcome = run(tmp_path, {**INHERITING, BOOKS: text})
    assert {"NZ101", "NZ151"} <= set(rules(outcome, BOOKS))
    assert not_run(outcome) and all(file == BOOKS for _, file, _, _ in not_run(outcome))


def test_a_broken_identifying_value_stops_the_files_checks(tmp_path: Path) -> None:
    # The name says which collection the file is: nothing is checked without it.
    text = HEAD.replace("name: ", "name: [") .replace("\n", "]\n", 1) + "members: [AAA, BBX]\n"
    outcome = run(tmp_path, {**INHERITING, BOOKS: text})
    assert rules(outcome, BOOKS) == ["NZ101"]


def test_a_broken_member_code_stops_the_files_checks(tmp_path: Path) -> None:
    # `members` is required: without it nothing is left to check the access against.
    text = HEAD + "members: [AAA, bbx, CCX]\n"
    outcome = run(tmp_path, {**INHERITING, BOOKS: text})
    assert rules(outcome, BOOKS) == ["NZ101"]


def test_a_missing_required_key_stops_the_files_checks(tmp_path: Path) -> None:
    text = "name: Books (TST)\nmanaged_via: community_zone\nmembers: [AAA, BBX]\n"
    outcome = run(tmp_path, {**INHERITING, BOOKS: text})
    assert rules(outcome, BOOKS) == ["NZ103"]


def test_a_missing_key_inside_a_value_drops_that_value(tmp_path: Path) -> None:
    text = HEAD + "linking: {level: book}\nmembers: [AAA, BBX]\n"
    outcome = run(tmp_path, {**INHERITING, BOOKS: text})
    assert rules(outcome, BOOKS) == ["NZ103", "NZ151"]


def test_unknown_keys_alone_leave_the_file_in_the_network(tmp_path: Path) -> None:
    text = HEAD + "linking: {level: book, method: link_resolver}\npakage: X\n" \
        "members: [AAA, BBX]\n"
    outcome = run(tmp_path, {**INHERITING, BOOKS: text})
    assert rules(outcome, BOOKS) == ["NZ102", "NZ151"]
    assert [c.doc.file for c in outcome.network.collections] == [BOOKS]


def test_a_salvaged_collection_takes_part_in_the_cross_file_checks(tmp_path: Path) -> None:
    # NZ153 (names are unique) sees both files although one has a broken value.
    other = "collections/books-tst-2.yaml"
    good = HEAD + "linking: {level: book, method: link_resolver}\nmembers: [AAA]\n"
    outcome = run(tmp_path, {**INHERITING, BOOKS: good + CDI_TYPO, other: good})
    assert "NZ153" in {d.rule for d in outcome.diagnostics}


# Institutions


def test_an_institution_with_a_broken_value_still_gets_its_file_name_checked(
        tmp_path: Path) -> None:
    text = "code: AAB\nfte: {'2024': many}\ncdi_consortia_inheritance: true\n"
    outcome = run(tmp_path, {**INHERITING, "institutions/AAA.yaml": text})
    assert sorted(rules(outcome, "institutions/AAA.yaml")) == ["NZ101", "NZ152"]


def test_a_broken_inheritance_is_not_reported_as_missing(tmp_path: Path) -> None:
    collection = HEAD + "linking: {level: book, method: link_resolver}\nmembers: [AAA]\n"
    outcome = run(tmp_path, {**INHERITING, BOOKS: collection,
                             "institutions/AAA.yaml": "code: AAA\ncdi_consortia_inheritance: "
                                                      "maybe\n"})
    assert found(outcome) == [("NZ101", "institutions/AAA.yaml", 2, 28)]
    assert not_run(outcome) == {("NZ203", "institutions/AAA.yaml", 2, 1),
                                ("NZ209", "institutions/AAA.yaml", 2, 1)}


def test_an_institution_with_a_broken_code_is_not_checked_further(tmp_path: Path) -> None:
    outcome = run(tmp_path, {**INHERITING, "institutions/AAA.yaml": "code: aab\n"})
    assert rules(outcome, "institutions/AAA.yaml") == ["NZ101"]


# Vendors, funds and licences


@pytest.mark.parametrize(("file", "text"), [
    ("vendors/ACME.yaml", "code: ACMX\nname: Acme\nstatus: gone\n"),
    ("funds/CORE.yaml", "code: CORX\nname: Core\nstatus: gone\n"),
    ("licences/ACME-DB.yaml", "code: ACME-DX\nname: Acme\nlicensor: ACME\nstart_date: soon\n"),
])
def test_a_record_with_a_broken_value_still_gets_its_file_name_checked(
        tmp_path: Path, file: str, text: str) -> None:
    outcome = run(tmp_path, {file: text})
    assert {"NZ101", "NZ219"} <= set(rules(outcome, file))
    named = text.replace(text.split("\n")[0][len("code: "):], file[file.index("/") + 1:-5])
    passing = run(tmp_path / "named", {file: named})
    assert "NZ101" in rules(passing, file) and "NZ219" not in rules(passing, file)


# Cost files

COST = "costs/test-package.yaml"
COST_TEXT = ('name: Test Package\ncurrency: USD\nusage_metric: Downloads\nyears:\n  "2024":\n'
             '    invoice: "1000.00"\n    multiplier: "0.10"\n    members: [AAA, BBB, CCC, DDD]\n'
             'usage:\n  "2023": {AAA: 10, BBB: 10, CCC: 10}\n')
FTE = {f"institutions/{code}.yaml": f"code: {code}\ncdi_consortia_inheritance: true\n"
       f'fte:\n  "2024": 100\n' for code in ("AAA", "BBB", "CCC")}


def test_a_cost_file_with_a_broken_note_still_gets_the_cost_checks(tmp_path: Path) -> None:
    outcome = run(tmp_path, {**FTE, COST: COST_TEXT + "notes: [a, list]\n"})
    assert {"NZ101", "NZ301"} <= set(rules(outcome, COST))


def test_a_cost_file_with_a_broken_value_the_costs_read_gets_no_cost_findings(
        tmp_path: Path) -> None:
    # Read as absent, the broken usage would leave every participant without usage (NZ303).
    broken = COST_TEXT.replace("{AAA: 10,", "{AAA: lots,")
    outcome = run(tmp_path, {**FTE, COST: broken})
    assert rules(outcome, COST) == ["NZ101"]
    assert ("NZ303", COST, 9, 1) in not_run(outcome)
    absent = run(tmp_path / "absent", {**FTE, COST: broken[:broken.index("usage:")]})
    assert "NZ303" in rules(absent, COST)


# Policy files are not salvaged: an error in one is fatal, as before.


def test_a_policy_file_with_a_schema_error_still_stops_the_run(tmp_path: Path) -> None:
    with pytest.raises(FatalError) as caught:
        run(tmp_path, {"policies/waivers.yaml": "waivers:\n- rule: NZ151\n  until: soon\n"})
    found = {d.rule for d in caught.value.diagnostics}
    assert found and found <= {"NZ101", "NZ102", "NZ103"}


# End to end


def test_validate_reports_the_schema_error_and_the_other_findings_in_order(
        tmp_path: Path) -> None:
    text = HEAD + "linking: {level: book, method: link_resolver}\n" + CDI_TYPO + \
        "members: [AAA, BBX]\n"
    repo = build(tmp_path, {**INHERITING, BOOKS: text})
    first = run_cli("validate", repo)
    assert first.code == 1
    assert [(d["rule"], d["line"], d["column"]) for d in first.diagnostics()] == [
        ("NZ024", "5", "1"), ("NZ101", "7", "35"), ("NZ151", "9", "16")]
    again = run_cli("validate", repo)
    assert again.stdout == first.stdout  # deterministic


def test_a_rule_not_run_is_a_notice_in_every_format(tmp_path: Path) -> None:
    text = HEAD + "status: inactve\nlinking: {level: book, method: link_resolver}\n" \
        "members: [AAA]\n"
    repo = build(tmp_path, {BOOKS: text})
    expected = "NZ209 was not run: it reads `status`, which has a schema error here; " \
        "fix it and run again"
    listed = json.loads(run_cli("validate", repo, "--format", "json").stdout)["diagnostics"]
    notice = next(d for d in listed if d["rule"] == "NZ024" and "NZ209" in d["message"])
    assert (notice["severity"], notice["file"], notice["line"], notice["column"],
            notice["pointer"], notice["message"]) == ("notice", BOOKS, 4, 1, "/status", expected)
    assert notice["hint"] == "until then NZ209 reports nothing in any file"
    sarif = json.loads(run_cli("validate", repo, "--format", "sarif").stdout)["runs"][0]
    results = [r for r in sarif["results"] if r["ruleId"] == "NZ024"]
    assert any(r["message"]["text"].startswith(expected) and r["level"] == "note"
               for r in results)
    table = sarif["tool"]["driver"]["rules"]
    assert [r["id"] for r in table if r["id"] == "NZ024"] == ["NZ024"]
    for format_ in ("text", "github", "junit"):
        assert "NZ024" in run_cli("validate", repo, "--format", format_).stdout, format_
    # A notice like any other: --min-severity warning leaves it out, and counts it.
    quiet = run_cli("validate", repo, "--min-severity", "warning")
    assert "NZ024" not in quiet.stdout and "below --min-severity not shown" in quiet.stdout


# The watch itself


def test_reading_a_dropped_key_is_seen_by_every_watcher_around_it() -> None:
    from nzconfig.engine.salvage import Read, Watch, _Watched

    status = Read("a.yaml", 2, 1, "status")
    watch = Watch()
    watching = watch.watching
    data = _Watched({"name": "x"}, {"status": status}, watch)
    with watching() as outer:
        with watching() as inner:
            assert data.get("name") == "x" and not inner()
            assert "status" not in data and inner() == {status}
        with watching() as later:
            assert data["name"] == "x"
        assert not later() and outer() == {status}
    assert outer() == inner() == {status}
