"""The usage pages: seed 003's example with its usage imported from the COUNTER fixtures,
rendered; the figures, shares and usage contributions are the seed's."""

from __future__ import annotations

from pathlib import Path

from tests.commands.test_usage import REPORTS, example, usage_import
from tests.support.cli import run_cli


def render(tmp_path: Path, repo: Path) -> Path:
    out = tmp_path / "site"
    done = run_cli("render", repo, "--out", out)
    assert done.code == 0, done.stderr
    return out


def test_resource_page_shows_usage_share_contribution_and_sources(tmp_path: Path) -> None:
    repo = example(tmp_path)
    assert usage_import(repo, *REPORTS).code == 0
    page = (render(tmp_path, repo) / "usage" / "fictitious-ebook-package-2024.md").read_text()
    assert "COUNTER Unique_Title_Requests, 2023" in page
    assert "| RED | 11,000 | 11,000 | 27.50% | 23,650.00 |" in page
    assert "| **TOTAL** | **40,000** | **40,000** | **100.00%** | **86,000.00** |" in page
    assert ("| YELLOW | TR | 5.1 | 2023-01-01/2023-12-31 | 2024-01-17T08:30:00Z | "
            "yellow-2023-tr-r51.json | 62dca928a232 | 28000 |") in page


def test_csv_and_consortium_pages(tmp_path: Path) -> None:
    repo = example(tmp_path)
    assert usage_import(repo, *REPORTS).code == 0
    site = render(tmp_path, repo)
    csv = (site / "usage" / "fictitious-ebook-package-2024.csv").read_text()
    assert csv.splitlines()[1] == "BLUE,1000,1000,2.50,2150.00"
    consortium = (site / "usage" / "consortium-2024.md").read_text()
    assert "| YELLOW | 70.00% | 70.00% |" in consortium
    assert "(surrogate: Fictitious E-Book Package)" in consortium
    assert "usage/consortium-2024.md" in (site / "index.md").read_text()


def test_usage_typed_by_hand_says_so(tmp_path: Path) -> None:
    from tests.conftest import ROOT

    site = render(tmp_path, ROOT / "examples" / "cost-example")
    page = (site / "usage" / "fictitious-ebook-package-2024.md").read_text()
    assert "no COUNTER import is recorded for this year" in page


def test_report_names_are_text_not_markup(tmp_path: Path) -> None:
    repo = example(tmp_path)
    odd = tmp_path / "a|b <script>.tsv"
    odd.write_bytes(REPORTS[0].read_bytes())
    assert usage_import(repo, odd, *REPORTS[1:]).code == 0
    page = (render(tmp_path, repo) / "usage" / "fictitious-ebook-package-2024.md").read_text()
    # the escaped `<` reads as text in every Markdown renderer: no tag can start there
    assert "a\\|b \\<script>" in page and " <script>" not in page
    html = (tmp_path / "site" / "usage" / "fictitious-ebook-package-2024.html").read_text()
    assert "<td>a|b &lt;script&gt;.tsv</td>" in html


def test_web_pages(tmp_path: Path) -> None:
    import html5lib

    repo = example(tmp_path)
    assert usage_import(repo, *REPORTS).code == 0
    site = render(tmp_path, repo)
    for name in ("fictitious-ebook-package-2024.html", "consortium-2024.html"):
        parser = html5lib.HTMLParser(strict=True)
        parser.parse((site / "usage" / name).read_text())
    page = (site / "usage" / "fictitious-ebook-package-2024.html").read_text()
    assert '<td class="number">23,650.00</td>' in page
    assert '<a href="fictitious-ebook-package-2024.csv">CSV</a>' in page
