"""Which files a render produces and their bytes (render.pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from nzconfig.engine.validate import validate
from nzconfig.render.context import Member
from nzconfig.render.pages import INDEX, PAGES, member_path, pages
from nzconfig.render.run import rendered
from nzconfig.render.site import build
from tests.support.repos import collection, make_repo


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "repo", [collection("Books (TST)", ["AAA"])])


def test_the_index_first_then_the_pages_then_two_per_member(repo: Path) -> None:
    found = pages(build(validate(repo)))
    assert found[0] == INDEX and found[1:len(PAGES) + 1] == PAGES
    assert [p.path for p in found[-6:]] == [
        "members/AAA.html", "members/AAA.md", "members/BBB.html", "members/BBB.md",
        "members/CCC.html", "members/CCC.md"]
    assert found[-1].title == "Checklist for CCC (CCC Library)"
    assert len({p.path for p in found}) == len(found)


def test_member_path_per_template() -> None:
    member = Member("AAA", "", "AAA", "members/AAA.md", None, True)
    assert member_path(member, "member.html") == "members/AAA.html"
    assert member_path(member, "member.md") == "members/AAA.md"


def test_html_pages_carry_the_hashes_of_their_inline_script_and_style(repo: Path) -> None:
    result = rendered(repo, validate(repo))
    html = b"".join(result.chunks("collections.html")).decode("utf-8")
    assert f"'{result.assets['script_hash']}'" in html
    assert result.assets["script_hash"].startswith("sha256-")


def test_a_template_that_does_not_compile_fails_before_any_page(repo: Path) -> None:
    (repo / "templates").mkdir()
    (repo / "templates" / "index.md").write_text("line\n{% if %}\n", encoding="utf-8")
    with pytest.raises(FatalError, match=r"^template error: index\.md:2: "):
        rendered(repo, validate(repo))


def test_a_template_failing_at_run_time_names_its_line(repo: Path) -> None:
    (repo / "templates").mkdir()
    (repo / "templates" / "member.md").write_text("ok\n{{ 1 // 0 }}\n", encoding="utf-8")
    result = rendered(repo, validate(repo))
    with pytest.raises(FatalError, match=r"^template error: templates/member\.md:2: "
                                         r"ZeroDivisionError"):
        b"".join(result.chunks("members/AAA.md"))
