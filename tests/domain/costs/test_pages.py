"""The cost pages' data and templates (templates/costs/), rendered as `nzconfig render` does:
in its sandboxed environment, with the page's path selecting what it shows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from nzconfig.domain.costs.formula import Shares
from nzconfig.domain.costs.pages import CostPages, build, page_set
from nzconfig.engine.validate import validate
from nzconfig.render import cell_rows
from nzconfig.render.environment import environment
from tests.conftest import ROOT
from tests.support.cli import run_cli

EXAMPLE = ROOT / "examples" / "cost-example"


@dataclass(frozen=True)
class _Site:
    costs: CostPages
    stamp: str = ""


@dataclass(frozen=True)
class _Page:
    path: str


def rendered(repo: Path) -> dict[str, str]:
    costs = build(validate(repo).network)
    env = environment(None)
    env.filters.update(cell_rows.filters())  # as render registers them
    # The web pages need the whole site's frame (navigation): the last test reads them.
    return {p.path: env.get_template(p.template).render(site=_Site(costs), page=_Page(p.path))
            for p in costs.pages if not p.path.endswith(".html")}


def _cells(markdown: str) -> list[list[str]]:
    """The first table's rows as text, read back by a CommonMark + GFM-tables parser."""
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    rows: list[list[str]] = []
    for token in tokens:
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows and token.map is not None:
            rows[-1].append("".join(c.content for c in token.children or []))
        elif token.type == "table_close":
            break
    return rows


def test_one_page_per_resource_and_year_and_one_per_consortium_year() -> None:
    assert sorted(rendered(EXAMPLE)) == [
        "costs/consortium-2024.md", "costs/fictitious-ebook-package-2024.csv",
        "costs/fictitious-ebook-package-2024.md", "costs/fictitious-new-ebook-package-2024.csv",
        "costs/fictitious-new-ebook-package-2024.md"]


def test_the_resource_page_is_the_seeds_table() -> None:
    page = rendered(EXAMPLE)["costs/fictitious-ebook-package-2024.md"]
    rows = _cells(page)
    assert rows[0][0] == "Institution" and rows[0][-1] == "Pay-to-Play % of Total"
    assert rows[1] == ["BLUE", "3,000", "1,000", "2.50%", "0.35", "1,050.00", "2,150.00",
                       "3,200.00", "32.81%"]
    assert rows[3][-1] == "14.85%"
    assert rows[4] == ["TOTAL", "40,000", "40,000", "100.00%", "", "14,000.00", "86,000.00",
                       "100,000.00", "14.00%"]
    assert "largest-remainder" in page


def test_the_consortium_page_sums_members_and_lists_transfers() -> None:
    page = rendered(EXAMPLE)["costs/consortium-2024.md"]
    assert _cells(page)[1] == ["BLUE", "3,200.00", "825.00", "4,025.00"]
    assert "| YELLOW | CENTRAL-OFFICE | 17,700.00 | fictitious-new-ebook-package |" in page


def test_the_csv_page_has_plain_numbers() -> None:
    csv = rendered(EXAMPLE)["costs/fictitious-ebook-package-2024.csv"]
    assert csv.splitlines()[-1] == "TOTAL,40000,40000,100.00,,14000.00,86000.00,100000.00,14.00"


def test_the_wrlc_data_has_no_cost_pages() -> None:
    assert build(validate(ROOT).network).pages == ()


def test_nzconfig_render_writes_the_cost_pages_and_lists_them(tmp_path: Path) -> None:
    out = tmp_path / "site"
    done = run_cli("render", EXAMPLE, "--out", out)
    assert done.code == 0, done.stderr
    expected = rendered(EXAMPLE)
    for path, text in expected.items():
        assert (out / path).read_text(encoding="utf-8") == text, path
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "(costs/consortium-2024.md)" in index
    html = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="costs/consortium-2024.html"' in html
    resource = (out / "costs" / "fictitious-ebook-package-2024.html").read_text(encoding="utf-8")
    assert '<td class="number">2.50%</td>' in resource
    assert 'href="../index.html"' in resource
    assert run_cli("render", EXAMPLE, "--out", out, "--check").code == 0


def test_a_pages_table_is_made_when_asked_for_and_kept_only_until_the_next() -> None:
    network = validate(EXAMPLE).network
    made: list[str] = []

    def table(shares: Shares) -> str:
        made.append(shares.resource.id)
        return f"table of {shares.resource.id}"

    def consortium(year: str, shares: list[Shares]) -> str:
        made.append(year)
        return f"{year}: " + ", ".join(s.resource.id for s in shares)

    pages = page_set("costs", network, table, lambda s: (("t", "d"),) * 3, consortium,
                     lambda year: (("t", "d"),) * 2)
    assert made == [] and len(pages.resources) == 6 and len(pages.consortium) == 2
    assert "costs/consortium-2024.md" in pages.consortium and made == []
    for page in pages.pages:  # in the order render writes them
        shown = (pages.resources if page.path in pages.resources else pages.consortium)
        assert shown[page.path]
    assert made == ["fictitious-ebook-package", "fictitious-new-ebook-package", "2024"]
    assert pages.consortium["costs/consortium-2024.html"] == (
        "2024: fictitious-ebook-package, fictitious-new-ebook-package")
    pages.resources["costs/fictitious-ebook-package-2024.md"]  # after another: made again
    assert made[-1] == "fictitious-ebook-package" and len(made) == 4


def test_a_resource_tables_rows_are_made_when_read() -> None:
    table = build(validate(EXAMPLE).network).resources["costs/fictitious-ebook-package-2024.md"]
    assert len(table.rows) == 3 and table.rows._made is None
    rows = list(table.rows)
    assert table.rows._made is not None and table.rows == rows and table.rows == tuple(rows)
    assert table.rows[0][0].shown == "BLUE" and table.rows[-1:] == tuple(rows[-1:])
