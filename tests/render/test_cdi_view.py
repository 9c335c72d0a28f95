"""Member checklists and the CDI settings report: effective settings and where each came from."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from nzconfig.render import cdi_view
from tests.render.pages import render
from tests.support.repos import collection, make_repo, write

BOOK = {"level": "book", "method": "link_resolver"}


@pytest.fixture
def pages(tmp_path: Path) -> dict[str, str]:
    repo = make_repo(tmp_path, [
        collection("Alpha (TST)", ["AAA", "BBB"], linking=BOOK, cdi={
            "BBB": {"subscribe_to_only_some_titles_in_the_collection": False,
                    "reason": "BBB licenses every title | all of them"}}),
        collection("Beta (TST)", ["AAA"]),
        collection("Gamma (TST)", ["AAA", "CCC"],
                   linking={"level": "database", "method": "link_resolver"}),
    ])
    write(repo, "institutions/BBB.yaml", {"code": "BBB", "name": "Bee Library",
                                          "cdi_consortia_inheritance": False})
    write(repo, "institutions/CCC.yaml", {"code": "CCC"})
    return render(repo)


def test_member_checklist_lists_each_collection_with_its_settings(pages: dict[str, str]) -> None:
    page = pages["members/BBB.md"]
    assert page.startswith("# BBB (Bee Library): shared collections checklist\n")
    assert "has access to 1 shared collection (1 subscription, 0 open access) and not to 2." \
        in page
    assert "- [ ] BBB is listed in the collection's Group Settings." in page
    assert ("- [ ] CDI tab, CDI Search Activation Status: **Active** "
            "(matrix row book-link-resolver)") in page
    assert ("- [ ] CDI tab, We subscribe to only some titles in this collection: **No** "
            "(override: BBB licenses every title \\| all of them)") in page
    assert "Recorded in the repository: **N: set it to Y**." in page
    assert "### Collections with a per-member override" in page
    lacking = page.split("## Collections without access", 1)[1]
    assert lacking.strip().splitlines() == ["- Beta (TST)", "- Gamma (TST)"]


def test_where_linking_is_unknown_the_checklist_says_so(pages: dict[str, str]) -> None:
    page = pages["members/AAA.md"]
    sections = page.split("\n### ")
    beta = next(s for s in sections if "- [ ] Beta (TST): Subscription" in s)
    assert beta.startswith("Settings cannot be derived\n")
    assert ("The CDI settings of this collection cannot be derived: the collection's linking "
            "level and method are not recorded.") in beta
    assert "| CDI setting |" not in beta and "CDI tab," not in beta
    gamma = next(s for s in sections if "- [ ] Gamma (TST): Subscription" in s)
    assert "no row of the CDI matrix covers linking level database with method link_resolver" \
        in gamma
    assert "Beta (TST)" not in gamma
    assert "Recorded in the repository: Y." in page


def test_an_unrecorded_inheritance_parameter_is_named(pages: dict[str, str]) -> None:
    assert "Recorded in the repository: not recorded." in pages["members/CCC.md"]


def test_cdi_report_gives_value_and_source_per_member(pages: dict[str, str]) -> None:
    rows = list(csv.DictReader(io.StringIO(pages["cdi-settings.csv"])))
    alpha = {r["Member"]: r for r in rows if r["Collection Name"] == "Alpha (TST)"}
    some = "subscribe_to_only_some_titles_in_the_collection"
    assert alpha["AAA"][some] == "true"
    assert alpha["AAA"]["cdi_search_activation_status"] == "true"
    assert alpha["AAA"]["cdi_only_full_text_activation"] == ""  # the matrix row says nothing
    assert alpha["AAA"]["Matrix Row"] == "book-link-resolver"
    assert alpha["AAA"]["Overridden"] == ""
    assert alpha["BBB"][some] == "false"
    assert alpha["BBB"]["Overridden"] == some
    assert alpha["BBB"]["Reason"] == "BBB licenses every title | all of them"
    beta = [r for r in rows if r["Collection Name"] == "Beta (TST)"]
    assert [(r["Member"], r[some]) for r in beta] == [("AAA", "")]
    assert beta[0]["Note"] == "the collection's linking level and method are not recorded"
    report = pages["cdi-settings.md"]
    assert "| BBB | Active |  | No (override) |  | matrix row book-link-resolver; " \
        "override: BBB licenses every title \\| all of them |" in report
    assert "override: BBB licenses every title \\| all of them" in report


def test_access_matrix_totals(pages: dict[str, str]) -> None:
    rows = list(csv.reader(io.StringIO(pages["access-matrix.csv"])))
    assert rows[0] == ["Collection Name", "Access Type", "Status", "AAA", "BBB", "CCC", "Total"]
    assert rows[1] == ["Alpha (TST)", "Subscription", "active", "x", "x", "", "2"]
    assert rows[-1] == ["Total", "", "", "3", "1", "1", "5"]


def test_collections_with_equal_settings_share_one_table(tmp_path: Path) -> None:
    repo = make_repo(tmp_path, [
        collection("Alpha (TST)", ["AAA", "BBB", "CCC"], linking=BOOK, cdi={
            "BBB": {"subscribe_to_only_some_titles_in_the_collection": False,
                    "reason": "all titles"}}),
        collection("Beta (TST)", ["AAA", "CCC"], linking=BOOK),
        collection("Delta (TST)", ["AAA"], linking=BOOK, status="inactive"),
        collection("Gamma (TST)", ["AAA"]),
        collection("Epsilon (TST)", ["AAA"]),
    ])
    pages = render(repo)
    page = pages["members/AAA.md"]
    assert page.count("### Matrix row:") == 1
    book = page.split("### Matrix row: ", 1)[1].split("\n### ", 1)[0]
    assert book.startswith("Book, link resolver (book-link-resolver)\n")
    assert book.count("| CDI setting | Value |") == 1
    assert "| CDI Search Activation Status | **Active** |" in book
    assert "- [ ] Alpha (TST): Subscription, managed via Community Zone." in book
    assert "- [ ] Beta (TST): Subscription, managed via Community Zone." in book
    assert "- [ ] Delta (TST) (INACTIVE): Subscription, managed via Community Zone." in book
    assert "Gamma" not in book
    underivable = page.split("### Settings cannot be derived", 1)[1]
    assert underivable.count("cannot be derived") == 1  # once for the group, not per line
    assert "The CDI settings of these 2 collections cannot be derived" in underivable
    assert "- [ ] Epsilon (TST): Subscription" in underivable
    assert "- [ ] Gamma (TST): Subscription" in underivable
    assert "per-member override" not in page  # AAA has none
    assert "### Collections with a per-member override" in pages["members/BBB.md"]

    report = pages["cdi-settings.md"]
    alpha = report.split("### Alpha (TST)", 1)[1].split("###", 1)[0]
    assert "| AAA, CCC | Active |" in alpha
    assert "| BBB | Active |  | No (override) |" in alpha
    rows = list(csv.DictReader(io.StringIO(pages["cdi-settings.csv"])))
    assert [(r["Collection Name"], r["Member"]) for r in rows][:3] == [
        ("Alpha (TST)", "AAA"), ("Alpha (TST)", "BBB"), ("Alpha (TST)", "CCC")]
    assert len(rows) == 8  # still one line per collection and member


def test_shared_settings_read_like_the_tuple_they_stand_for() -> None:
    """per_member of a collection no member overrides is one Settings n times, read as the
    tuple of them would be (a template may index, slice or loop over it)."""
    one = cdi_view.Settings(("AAA", "BBB", "CCC"), (), (), (), "", "", "")
    shared, plain = cdi_view.Shared(one, 3), (one,) * 3
    assert len(shared) == 3 and list(shared) == list(plain)
    assert [shared[i] for i in (0, 2, -1, -3)] == [plain[i] for i in (0, 2, -1, -3)]
    assert shared[1:] == plain[1:] and shared[::2] == plain[::2] and shared[5:] == ()
    for index in (3, -4):
        with pytest.raises(IndexError):
            shared[index]
