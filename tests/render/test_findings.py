"""The validation summary and the open-access review render whatever the rules report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from nzconfig.core.markup import markdown
from nzconfig.rules import CATALOGUE_BY_ID
from tests.render.pages import render
from tests.support.repos import build

FILES = {
    "collections/alpha-tst.yaml": (
        "name: Alpha (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"
        "members: [AAA, ZZZ]\n"),
    "collections/open-one-tst.yaml": (
        "name: Open One (TST)\nmanaged_via: community_zone\naccess_type: open_access\n"
        "approval: {legacy: true}\nmembers: [AAA, BBB]\n"),
    "policies/waivers.yaml": (
        "waivers:\n"
        "  - rule: NZ151\n    collection: Alpha (TST)\n"
        "    reason: ZZZ joins in the spring | pending\n"
        f"    expires: '{date.today().year + 1}-12-31'\n"),  # within the 3-year horizon
    "data/oa-activations.csv": (
        "member,collection,brief_level\n"
        "AAA,Zeta Open Books,7\nBBB,Zeta Open Books,7\nCCC,Zeta Open Books,7\n"
        "AAA,Open One,9\nBBB,Open One,9\nCCC,Open One,9\n"),
}


@pytest.fixture
def pages(tmp_path: Path) -> dict[str, str]:
    return render(build(tmp_path, FILES))


def test_validation_summary_counts_by_rule_and_lists_waivers(pages: dict[str, str]) -> None:
    page = pages["validation.md"]
    waived = page.split("## Waived findings", 1)[1].split("## Waivers", 1)[0]
    assert "[NZ151] collections/alpha-tst.yaml:4:" in waived
    assert "`ZZZ`" in waived  # the message's code stays code
    waivers = page.split("## Waivers", 1)[1]
    title = markdown(CATALOGUE_BY_ID["NZ151"].title)
    assert (f"| NZ151 ({title}) | collection: Alpha (TST) | "
            "ZZZ joins in the spring \\| pending | "
            f"{date.today().year + 1}-12-31 |") in waivers
    table = page.split("## Findings by rule", 1)[1].split("###", 1)[0]
    assert "NZ151" not in table  # waived, so not a finding


def test_open_access_review_lists_the_candidates(pages: dict[str, str]) -> None:
    page = pages["open-access-review.md"]
    candidates = page.split("## Candidates for the Network Zone", 1)[1].split("##", 1)[0]
    assert "NZ208" in candidates
    assert "- **Zeta Open Books**: `Zeta Open Books` is activated by 3 members" in candidates
    assert "Open One" not in candidates  # already in the NZ
    assert "- the fewest activating members (policies/open-access.yaml review.min_members): 3" \
        in candidates
    table = page.split("## Shared open-access collections", 1)[1]
    assert "| Open One (TST) | active | 2 | AAA; BBB | CCC |" in table


def test_without_activation_data_the_review_says_it_did_not_run(tmp_path: Path) -> None:
    files = {**FILES, "policies/open-access.yaml": (
        "participation:\n  min_members: 2\nreview:\n  min_members: 3\n  brief_level_over: 6\n")}
    page = render(build(tmp_path, files))["open-access-review.md"]
    candidates = page.split("## Candidates for the Network Zone", 1)[1].split("##", 1)[0]
    assert "(policies/open-access.yaml review.activations): not set" in candidates
    assert "NZ208 did not run" in candidates
    assert "No candidates." not in candidates
