"""`nzconfig cost` end to end: output formats, findings on standard error, exit codes."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from tests.conftest import ROOT
from tests.rules.costrepo import COST, COST_TEXT, files
from tests.support.cli import run_cli
from tests.support.repos import build


def repo(tmp_path: Path, changes: dict[str, str] | None = None) -> Path:
    """The test repository, with text replaced in its cost file."""
    cost = COST_TEXT
    for old, new in (changes or {}).items():
        cost = cost.replace(old, new)
    return build(tmp_path / "repo", files(cost))


def test_csv_adds_up_to_the_invoice(tmp_path: Path) -> None:
    done = run_cli("cost", "test-package", repo(tmp_path), "--format", "csv")
    assert done.code == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout)))
    assert [r[0] for r in rows] == ["Institution", "AAA", "BBB", "CCC", "TOTAL"]
    assert [r[7] for r in rows[1:]] == ["333.34", "333.33", "333.33", "1000.00"]


def test_json_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "shares.json"
    done = run_cli("cost", "TEST PACKAGE", repo(tmp_path), "--year", "2024",
                   "--format", "json", "--output", out)
    assert done.code == 0 and done.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "nzconfig-cost/1"
    assert [m["total"] for m in data["members"]] == ["333.34", "333.33", "333.33"]
    assert data["totals"]["total"] == "1000.00"
    assert "largest-remainder" in data["rounding"]


def test_an_error_stops_the_table_with_a_positioned_finding(tmp_path: Path) -> None:
    done = run_cli("cost", "test-package", repo(tmp_path, {'"0.10"': '"5"'}))
    assert done.code == 1 and done.stdout == ""
    [d] = done.diagnostics()
    assert (d["file"], d["line"], d["column"], d["rule"]) == (COST, "7", "17", "NZ305")
    assert "cannot be computed" in done.stderr


def test_a_warning_is_printed_and_the_table_still_shown(tmp_path: Path) -> None:
    done = run_cli("cost", "test-package", repo(tmp_path, {"AAA: 10,": "AAA: 0,"}))
    assert done.code == 0
    assert [(d["rule"], d["severity"]) for d in done.diagnostics()] == [("NZ306", "warning")]
    assert "TOTAL" in done.stdout


def test_a_waived_warning_is_not_printed(tmp_path: Path) -> None:
    root = repo(tmp_path, {"AAA: 10,": "AAA: 0,"})
    (root / "policies" / "waivers.yaml").write_text(
        "waivers:\n  - rule: NZ306\n    member: AAA\n    file: costs/test-package.yaml\n"
        "    reason: AAA's usage is elsewhere\n"
        f"    expires: {date.today().year + 1}-01-01\n", encoding="utf-8")
    done = run_cli("cost", "test-package", root)
    assert done.code == 0 and done.diagnostics() == [], done.stderr


def test_the_consortium_page_refuses_a_year_with_a_broken_resource(tmp_path: Path) -> None:
    done = run_cli("cost", cwd=repo(tmp_path, {'"0.10"': '"5"'}))
    assert done.code == 1 and done.stdout == ""
    assert [d["rule"] for d in done.diagnostics()] == ["NZ305"]


def test_unknown_resource_or_year_cannot_run(tmp_path: Path) -> None:
    root = repo(tmp_path)
    done = run_cli("cost", "nothing", root)
    assert done.code == 2 and "resources: test-package" in done.stderr
    done = run_cli("cost", "test-package", root, "--year", "1999")
    assert done.code == 2 and "its years: 2024" in done.stderr


def test_the_wrlc_data_has_no_cost_files() -> None:
    done = run_cli("cost", cwd=ROOT)
    assert done.code == 2 and "no cost files in costs/" in done.stderr


def test_a_cost_file_that_breaks_its_schema_is_named_not_ignored(tmp_path: Path) -> None:
    root = repo(tmp_path, {'"1000.00"': '"$1,000"'})
    for args in (("test-package", root), ()):
        done = run_cli("cost", *args, cwd=root)
        assert done.code == 1 and done.stdout == ""
        assert [(d["rule"], d["file"], d["line"]) for d in done.diagnostics()] == [
            ("NZ101", COST, "6")]


def test_the_consortium_page_has_one_table_per_currency(tmp_path: Path) -> None:
    root = repo(tmp_path)
    (root / "costs" / "euro-package.yaml").write_text(
        COST_TEXT.replace("name: Test Package", "name: =Euro Package").replace(
            "currency: USD", "currency: EUR"), encoding="utf-8")
    done = run_cli("cost", "--format", "json", cwd=root)
    assert done.code == 0, done.stderr
    currencies = json.loads(done.stdout)["currencies"]
    assert [(c["currency"], c["total"]) for c in currencies] == [("EUR", "1000.00"),
                                                                  ("USD", "1000.00")]
    rows = list(csv.reader(io.StringIO(run_cli("cost", "--format", "csv",
                                               cwd=root).stdout)))
    # A name a spreadsheet would run as a formula stays text.
    assert rows[0] == ["Currency", "Institution", "'=Euro Package", "Total Contribution"]
