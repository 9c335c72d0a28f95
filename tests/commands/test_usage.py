"""``nzconfig usage import``: seed 003's example repository, its usage imported from the
COUNTER fixtures (tests/fixtures/counter), reproduces the seed's split to the cent."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import ROOT
from tests.domain.counter.reports import BLUE_TSV, RED_JSON, YELLOW_JSON, text
from tests.support.cli import Run, run_cli

COST = "costs/fictitious-ebook-package.yaml"
REPORTS = (BLUE_TSV, RED_JSON, YELLOW_JSON)


def example(tmp_path: Path) -> Path:
    """examples/cost-example with the members' COUNTER ids, the resource's platform, and
    no usage typed in: the import must supply it."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "examples" / "cost-example", repo)
    ids = {"BLUE": '["ISNI:0000000000000011"]', "RED": '["ISNI:0000000000000022"]',
           "YELLOW": '["fictpub:YEL-003"]'}
    for code, listed in ids.items():
        with (repo / "institutions" / f"{code}.yaml").open("a", encoding="utf-8") as out:
            out.write(f"counter_ids: {listed}\n")
    cost = repo / COST
    body = cost.read_text(encoding="utf-8").replace(
        "usage_metric: Book & Chapter Downloads\n",
        "usage_metric: Book & Chapter Downloads\ncounter:\n  platform: Fictitious E-Books\n")
    cost.write_text(body.split("# The seed's downloads")[0], encoding="utf-8")
    return repo


def usage_import(repo: Path, *reports: Path, extra: tuple[str, ...] = ()) -> Run:
    return run_cli("usage", "import", *reports, "--resource", "fictitious-ebook-package",
                   "--repo", repo, *extra)


def test_import_then_cost_reproduces_the_seeds_split_to_the_cent(tmp_path: Path) -> None:
    """By hand: pay-to-play 3,000 / 7,000 / 30,000 FTE x 0.35 = 1,050.00 / 2,450.00 /
    10,500.00 (14,000.00); the rest, 86,000.00, by the 2023 Unique_Title_Requests 1,000 /
    11,000 / 28,000 of 40,000 (2.5% / 27.5% / 70%) = 2,150.00 / 23,650.00 / 60,200.00;
    totals 3,200.00 / 26,100.00 / 70,700.00."""
    repo = example(tmp_path)
    done = usage_import(repo, *REPORTS)
    assert done.code == 0, done.stderr
    assert "usage (Unique_Title_Requests) for 2023 (3 members)" in done.stdout
    written = (repo / COST).read_text(encoding="utf-8")
    assert written.startswith("# Seed 003,")  # the file's comments stay
    assert "  '2023':\n    BLUE: 1000\n    RED: 11000\n    YELLOW: 28000\n" in written
    cost = run_cli("cost", "fictitious-ebook-package", "--repo", repo, "--format", "csv")
    assert cost.code == 0, cost.stderr
    rows = {line.split(",")[0]: line.split(",") for line in cost.stdout.splitlines()}
    assert [rows[m][5:8] for m in ("BLUE", "RED", "YELLOW")] == [
        ["1050.00", "2150.00", "3200.00"], ["2450.00", "23650.00", "26100.00"],
        ["10500.00", "60200.00", "70700.00"]]
    assert run_cli("validate", repo).code == 0


def test_provenance_is_recorded(tmp_path: Path) -> None:
    repo = example(tmp_path)
    assert usage_import(repo, *REPORTS).code == 0
    written = (repo / COST).read_text(encoding="utf-8")
    for expected in ("metric: Unique_Title_Requests", "months: 2023-01/2023-12",
                     "file: blue-2023-tr_b1-r51.tsv", "report: TR_B1", "release: '5'",
                     "institution: ISNI:0000000000000011", "period: 2023-01-01/2023-12-31",
                     "created: '2024-01-17T08:30:00Z'", "usage: 28000"):
        assert expected in written
    assert written.count("sha256: ") == 3


def test_a_second_import_of_the_same_reports_changes_no_byte(tmp_path: Path) -> None:
    repo = example(tmp_path)
    assert usage_import(repo, *REPORTS).code == 0
    before = (repo / COST).read_bytes()
    again = usage_import(repo, *reversed(REPORTS))
    assert again.code == 0 and "unchanged" in again.stdout
    assert (repo / COST).read_bytes() == before


def test_other_years_and_their_comments_stay(tmp_path: Path) -> None:
    repo = example(tmp_path)
    cost = repo / COST
    cost.write_text(cost.read_text() + "usage:\n  # counted by hand from the publisher's "
                    "statements\n  \"2022\": {BLUE: 900, RED: 10000, YELLOW: 25000}  # R4 BR2\n"
                    "  \"2023\": {BLUE: 1, RED: 1, YELLOW: 1}  # a placeholder\n",
                    encoding="utf-8")
    assert usage_import(repo, *REPORTS).code == 0
    written = cost.read_text()
    assert ("usage:\n  # counted by hand from the publisher's statements\n"
            "  \"2022\": {BLUE: 900, RED: 10000, YELLOW: 25000}  # R4 BR2\n"
            "  \"2023\": {BLUE: 1000, RED: 11000, YELLOW: 28000}") in written
    assert "usage_imports:\n  '2023':\n" in written and "'2022'" not in written


def test_a_malformed_report_writes_nothing(tmp_path: Path) -> None:
    repo = example(tmp_path)
    before = (repo / COST).read_bytes()
    lines = text(BLUE_TSV).splitlines(keepends=True)
    cells = lines[16].split("\t")
    cells[20] = "1,234"
    lines[16] = "\t".join(cells)
    bad = tmp_path / "blue.tsv"
    bad.write_text("".join(lines), encoding="utf-8")
    done = usage_import(repo, bad, RED_JSON, YELLOW_JSON)
    assert done.code == 1
    [d] = done.diagnostics()
    assert (d["file"], d["line"], d["column"], d["rule"]) == (str(bad), "17", "21", "NZ509")
    assert "nothing written" in done.stderr
    assert (repo / COST).read_bytes() == before


def test_a_report_of_no_member_is_refused_at_its_institution_id(tmp_path: Path) -> None:
    repo = example(tmp_path)
    other = tmp_path / "other.tsv"
    other.write_text(text(BLUE_TSV).replace("ISNI:0000000000000011; fictpub:BLUE-001",
                                            "ISNI:0000000000000044"), encoding="utf-8")
    done = usage_import(repo, other, RED_JSON, YELLOW_JSON)
    assert done.code == 1
    assert [(d["line"], d["column"], d["rule"]) for d in done.diagnostics()] == [
        ("5", "2", "NZ503")]


def test_usage_not_ready_is_an_error_unless_the_policy_lowers_it(tmp_path: Path) -> None:
    repo = example(tmp_path)
    late = tmp_path / "blue.tsv"
    late.write_text(text(BLUE_TSV).replace(
        "Exceptions\t", "Exceptions\t3031: Usage Not Ready for Requested Dates (usage is "
        "available to 2023-11-30)", 1), encoding="utf-8")
    done = usage_import(repo, late, RED_JSON, YELLOW_JSON)
    assert done.code == 1 and [d["rule"] for d in done.diagnostics()] == ["NZ504"]
    (repo / "policies" / "rules.yaml").write_text("rules:\n  NZ504: {severity: warning}\n",
                                                  encoding="utf-8")
    done = usage_import(repo, late, RED_JSON, YELLOW_JSON)
    assert done.code == 0, done.stderr
    assert "exceptions:\n      - '3031: Usage Not Ready" in (repo / COST).read_text()
    found = run_cli("validate", repo)
    assert [(d["rule"], d["severity"]) for d in found.diagnostics()
            if d["rule"].startswith("NZ5")] == [("NZ504", "warning")]


def test_switching_a_check_off_does_not_let_a_bad_report_through(tmp_path: Path) -> None:
    repo = example(tmp_path)
    (repo / "policies" / "rules.yaml").write_text(
        "rules:\n  NZ503: {enabled: false}\n  NZ509: {enabled: false}\n", encoding="utf-8")
    other = tmp_path / "other.tsv"
    other.write_text(text(BLUE_TSV).replace("fictpub:BLUE-001", "fictpub:NOBODY").replace(
        "ISNI:0000000000000011", "ISNI:0000000000000044").replace("\t600\t", "\tsix\t", 1),
        encoding="utf-8")
    done = usage_import(repo, other, RED_JSON, YELLOW_JSON)
    assert done.code == 1
    assert sorted(d["rule"] for d in done.diagnostics()) == ["NZ503", "NZ509"]


def test_a_member_without_report(tmp_path: Path) -> None:
    repo = example(tmp_path)
    done = usage_import(repo, BLUE_TSV, RED_JSON)
    assert done.code == 0
    [d] = done.diagnostics()
    assert (d["rule"], d["severity"], d["file"], d["line"], d["column"]) == (
        "NZ502", "warning", COST, "14", "26")  # YELLOW in the 2024 members
    assert "`YELLOW` takes part in 2024" in d["message"]
    cost = run_cli("cost", "fictitious-ebook-package", "--repo", repo)
    assert cost.code == 1 and "[NZ303]" in cost.stderr  # the formula needs Yellow's usage


def test_fiscal_years_from_july(tmp_path: Path) -> None:
    """Calendar-year reports touch two July-June fiscal years and cover neither."""
    repo = example(tmp_path)
    (repo / "policies" / "usage.yaml").write_text(
        "fiscal_year: {first_month: 7, named_after: end}\n", encoding="utf-8")
    done = usage_import(repo, *REPORTS)
    assert done.code == 1
    assert "fiscal year 2023 (2022-07 to 2023-06): no member's reports cover" in done.stderr
    chosen = usage_import(repo, *REPORTS, extra=("--year", "2024"))
    assert chosen.code == 1
    assert {d["rule"] for d in chosen.diagnostics()} == {"NZ501"}


def test_an_unmapped_metric(tmp_path: Path) -> None:
    repo = example(tmp_path)
    cost = repo / COST
    cost.write_text(cost.read_text().replace("Book & Chapter Downloads", "Loans"))
    done = usage_import(repo, *REPORTS)
    assert done.code == 1 and [d["rule"] for d in done.diagnostics()] == ["NZ508"]


def test_dry_run_prints_the_change_and_writes_nothing(tmp_path: Path) -> None:
    repo = example(tmp_path)
    before = (repo / COST).read_bytes()
    done = usage_import(repo, *REPORTS, extra=("--dry-run",))
    assert done.code == 0 and "+    YELLOW: 28000" in done.stdout
    assert (repo / COST).read_bytes() == before


def test_through_the_installed_script(tmp_path: Path) -> None:
    repo = example(tmp_path)
    done = run_cli("usage", "import", *REPORTS, "--resource", "Fictitious E-Book Package",
                   "--repo", repo, installed=True)
    assert done.code == 0, done.stderr
