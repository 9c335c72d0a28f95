"""Reports say a repeated fact once: a name whose CZ name adds nothing, the CDI report's
"linking not recorded", the open-access review's unrelated notices."""

from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.render.context import label
from tests.render.pages import render
from tests.support.repos import collection, make_repo


@pytest.mark.parametrize("name, cz, shown", [
    ("Bloomsbury Open Access (WRLC)", "Bloomsbury Open Access", "Bloomsbury Open Access (WRLC)"),
    ("bloomsbury open access (WRLC)", "Bloomsbury Open Access", "bloomsbury open access (WRLC)"),
    ("JSTOR Open Access (WRLC)", "JSTOR Books Open Access",
     "JSTOR Open Access (WRLC) (JSTOR Books Open Access)"),
    ("Wiley Online (WRLC)", "Wiley", "Wiley Online (WRLC) (Wiley)"),
    ("Plain (WRLC)", "", "Plain (WRLC)"),
])
def test_the_cz_name_is_shown_only_where_it_differs(name: str, cz: str, shown: str) -> None:
    assert label(name, cz) == shown


@pytest.fixture
def pages(tmp_path: Path) -> dict[str, str]:
    return render(make_repo(tmp_path, [
        collection("Same Name (TST)", ["AAA"], cz_name="Same Name"),
        *(collection(f"Unlinked {i} (TST)", ["AAA", "BBB"]) for i in range(3)),
        collection("Linked (TST)", ["AAA"], linking={"level": "book", "method": "link_resolver"}),
        collection("Free Stuff (TST)", ["AAA", "BBB"], access_type="open_access",
                   approval={"legacy": True}),
    ]))


def test_reports_do_not_repeat_the_cz_name(pages: dict[str, str]) -> None:
    for page in ("members/AAA.md", "members/AAA.html", "cdi-settings.md", "access-matrix.html"):
        assert "Same Name (TST) (Same Name)" not in pages[page], page
    assert "Same Name (TST) (Same Name)" in pages["collections.md"]  # the seed's table form


def test_the_cdi_report_says_linking_not_recorded_once(pages: dict[str, str]) -> None:
    for page in ("cdi-settings.md", "cdi-settings.html"):
        text = pages[page]
        assert text.count("not recorded") == 1, page
        assert "Settings cannot be derived: 5 collections" in text
        assert "Unlinked 2 (TST): AAA, BBB" in text
        assert "Matrix row: Book, link resolver (book-link-resolver)" in text


def test_the_open_access_review_leaves_out_unrelated_notices(pages: dict[str, str]) -> None:
    for page in ("open-access-review.md", "open-access-review.html"):
        assert "NZ202" not in pages[page] and "linking level" not in pages[page]
