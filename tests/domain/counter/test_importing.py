"""From reports to fiscal years: selection of items, overlapping reports, the same file
twice, and a year's figures and provenance."""

from __future__ import annotations

from pathlib import Path

from nzconfig.domain.costs.model import resources
from nzconfig.domain.counter.importing import Outcome, Selection, plan, read_reports
from nzconfig.domain.counter.model import Item
from nzconfig.domain.counter.policy import UsagePolicy
from nzconfig.engine.validate import validate
from tests.commands.test_usage import example
from tests.domain.counter.reports import BLUE_TSV, RED_JSON, YELLOW_JSON, text


def test_selection() -> None:
    item = Item("T", "Fictitious E-Books", "P", ("ISBN:1", "DOI:10.1/x"), "Book")
    assert Selection().matches(item, "TR")
    assert Selection(platform="Fictitious E-Books", titles=frozenset({"DOI:10.1/x"}),
                     data_types=frozenset({"Book"})).matches(item, "TR")
    assert not Selection(platform="Other").matches(item, "TR")
    assert not Selection(titles=frozenset({"ISBN:2"})).matches(item, "TR")
    assert not Selection(database="D").matches(Item("X", "P"), "DR")
    assert Selection(database="D").matches(item, "TR")  # only Database Reports name one


def run(tmp_path: Path, *reports: Path, years: tuple[str, ...] = ()) -> Outcome:
    repo = example(tmp_path)
    network = validate(repo).network
    resource = resources(network)["fictitious-ebook-package"]
    outcome = Outcome()
    read = read_reports([(p, p.name) for p in reports], network, "Unique_Title_Requests",
                        Selection(platform="Fictitious E-Books"), outcome)
    plan(resource, UsagePolicy(), "Unique_Title_Requests", read, years, outcome)
    return outcome


def test_figures_and_provenance(tmp_path: Path) -> None:
    outcome = run(tmp_path, BLUE_TSV, RED_JSON, YELLOW_JSON)
    assert outcome.diagnostics == []
    [year] = outcome.years
    assert year.figures == {"BLUE": 1000, "RED": 11000, "YELLOW": 28000}
    assert [r["usage"] for r in year.provenance["reports"]] == [1000, 11000, 28000]
    assert year.provenance["months"] == "2023-01/2023-12"


def test_the_same_file_twice_counts_once(tmp_path: Path) -> None:
    copy = tmp_path / "copy.tsv"
    copy.write_bytes(BLUE_TSV.read_bytes())
    outcome = run(tmp_path, BLUE_TSV, copy, RED_JSON, YELLOW_JSON)
    assert outcome.years[0].figures["BLUE"] == 1000


def test_two_reports_of_one_member_for_the_same_months(tmp_path: Path) -> None:
    other = tmp_path / "blue-again.tsv"
    other.write_text(text(BLUE_TSV).replace("2024-01-15T09:11:12Z", "2024-02-01T00:00:00Z"),
                     encoding="utf-8")
    outcome = run(tmp_path, BLUE_TSV, other, RED_JSON, YELLOW_JSON)
    [d] = outcome.diagnostics
    assert d.rule == "NZ501" and "both cover 2023-01" in d.message


def test_half_years_make_a_year(tmp_path: Path) -> None:
    rows = text(BLUE_TSV).splitlines(keepends=True)
    first, second = tmp_path / "h1.tsv", tmp_path / "h2.tsv"
    for path, (begin, end), keep in ((first, ("01-01", "06-30"), range(0, 6)),
                                     (second, ("07-01", "12-31"), range(6, 12))):
        out = []
        for number, line in enumerate(rows):
            cells = line.rstrip("\n").split("\t")
            if number == 9:
                cells[1] = f"Begin_Date=2023-{begin}; End_Date=2023-{end}"
            elif number >= 14:
                months = [cells[14 + m] for m in keep]
                total = str(sum(map(int, months))) if number > 14 else cells[13]
                cells = [*cells[:13], total, *months]
            out.append("\t".join(cells) + "\n")
        path.write_text("".join(out), encoding="utf-8")
    outcome = run(tmp_path, first, second, RED_JSON, YELLOW_JSON)
    assert outcome.diagnostics == []
    assert outcome.years[0].figures["BLUE"] == 1000
    assert len(outcome.years[0].provenance["reports"]) == 4
    half = run(tmp_path / "again", first, RED_JSON, YELLOW_JSON, years=("2023",))
    assert [d.rule for d in half.diagnostics] == ["NZ501"]
