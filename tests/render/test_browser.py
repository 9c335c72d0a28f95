"""The standalone HTML table in a real headless browser: Debian's chromium driven by Playwright.

Skipped (with the reason) only where chromium is not installed or cannot start; `.ci/run`
installs it. Playwright's own browser download is never used.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from playwright.sync_api import BrowserContext, Dialog, Error, Page, Request, sync_playwright

from nzconfig.engine.validate import validate
from nzconfig.render import output, run
from tests.conftest import ROOT
from tests.render.pages import XSS, small_repo
from tests.services.http_server import serving

# One worker runs this module (--dist loadgroup): its module fixture is made once.
pytestmark = pytest.mark.xdist_group("browser")

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str | None:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


@pytest.fixture(scope="module")
def browser() -> Iterator[BrowserContext]:
    executable = chromium()
    if executable is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        try:
            context = playwright.chromium.launch_persistent_context(
                profile, executable_path=executable, headless=True, args=ARGS)
        except Error as exc:
            pytest.skip(f"chromium at {executable} cannot start here: {exc.message[:300]}")
        try:
            yield context
        finally:
            context.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small repository's site, rendered once for the module (the tests only read it)."""
    base = tmp_path_factory.mktemp("browser")
    repo = small_repo(base / "repo")
    output.write(base / "site", run.rendered(repo, validate(repo)))
    return base / "site"


@pytest.fixture
def table_page(browser: BrowserContext, site: Path) -> Iterator[tuple[Page, list[Any]]]:
    """The small repository's collections.html, opened in a new page; dialogs and requests
    recorded."""
    url = (site / "collections.html").as_uri()
    events: list[Any] = []
    page = browser.new_page()
    def on_dialog(dialog: Dialog) -> None:
        events.append(("dialog", dialog.message))
        dialog.dismiss()

    def on_request(request: Request) -> None:
        events.append(("request", request.url))

    page.on("dialog", on_dialog)
    page.on("request", on_request)
    page.goto(url)
    yield page, events
    page.close()
    assert [e for e in events if e[0] == "request" and e[1] != url] == [], "no other requests"


def visible_names(page: Page) -> list[str]:
    return [text.strip() for text in page.locator(
        "#collections tbody tr:not([hidden]) td:first-child").all_text_contents()]


def test_one_row_per_collection(table_page: tuple[Page, list[Any]]) -> None:
    page, _ = table_page
    assert len(visible_names(page)) == 4
    assert page.locator("#count").text_content() == "Showing 4 of 4 collections"


def test_filter_by_member_shows_exactly_its_collections(
        table_page: tuple[Page, list[Any]]) -> None:
    page, _ = table_page
    page.select_option("#filter-member", "BBB")
    assert visible_names(page) == ["Alpha | Beta (TST)", "Delta (TST) INACTIVE",
                                   "gamma & <b>bold</b> (TST) (Gamma CZ)"]
    assert page.locator("#count").text_content() == "Showing 3 of 4 collections"
    page.select_option("#filter-member", "CCC")
    assert visible_names(page) == [XSS, "gamma & <b>bold</b> (TST) (Gamma CZ)"]
    page.select_option("#filter-access", "Subscription")
    assert visible_names(page) == []
    assert page.locator("#none").is_visible()
    page.select_option("#filter-member", "")
    page.select_option("#filter-access", "")
    page.select_option("#filter-provider", "Taylor & Francis")
    assert visible_names(page) == ["gamma & <b>bold</b> (TST) (Gamma CZ)"]


def test_sorting_by_a_column(table_page: tuple[Page, list[Any]]) -> None:
    page, _ = table_page
    page.click("#collections thead th[data-column='0'] button")
    ascending = visible_names(page)
    assert ascending[0] == XSS  # "<" sorts before letters
    page.click("#collections thead th[data-column='0'] button")
    assert visible_names(page) == list(reversed(ascending))


def test_markup_in_a_name_is_shown_as_text_and_runs_nothing(
        table_page: tuple[Page, list[Any]]) -> None:
    page, events = table_page
    assert XSS in visible_names(page)
    assert page.locator("#collections img").count() == 0
    assert page.locator("#collections b").count() == 0
    page.select_option("#filter-member", "CCC")
    page.fill("#filter-text", "onerror")
    assert visible_names(page) == [XSS]
    page.wait_for_timeout(200)  # give an injected handler the chance it must not have
    assert [e for e in events if e[0] == "dialog"] == []


def _crawl(browser: BrowserContext, site: Path, base: str) -> dict[str, str]:
    """Every page reachable from ``base``/index.html by its links, opened in the browser
    (``base`` serves ``site``): its path -> its <title>. Fails on a dead link, a link
    leaving the site, a link to Markdown, or an error in the browser's console."""
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    seen: dict[str, str] = {}
    todo = ["index.html"]
    try:
        while todo:
            key = todo.pop()
            if key in seen:
                continue
            response = page.goto(f"{base}/{key}")
            assert response is None or response.ok, f"{key}: {response.status}"
            seen[key] = page.title()
            assert page.locator("nav.site").count() == 1, f"{key}: no site navigation"
            hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
            for href in hrefs:
                assert href.startswith(base + "/"), f"{key} links outside the site: {href}"
                target = unquote(href.removeprefix(base + "/").split("#", 1)[0])
                assert (site / target).is_file(), f"{key}: dead link {href}"
                assert not target.endswith(".md"), f"{key} links to raw Markdown: {href}"
                if target.endswith(".html"):
                    todo.append(target)
    finally:
        page.close()
    assert errors == [], f"errors in the browser console: {errors}"
    return seen


def _served(folder: Path) -> AbstractContextManager[str]:
    """``folder`` served over HTTP on 127.0.0.1 (any web server will do), by the tests' one
    server helper."""

    class Files(SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return serving(Files)


def test_every_link_of_the_site_leads_to_a_web_page(browser: BrowserContext,
                                                    site: Path) -> None:
    files = {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
             for p in site.rglob("*") if p.is_file()}
    html = {p for p in files if p.endswith(".html")}
    reached = _crawl(browser, site, site.resolve().as_uri())
    assert set(reached) == html, "every web page, and only those, is reached from the index"
    with _served(site) as base:
        assert _crawl(browser, site, base) == reached
    assert "Checklist" in reached["members/BBB.html"] or "BBB" in reached["members/BBB.html"]
    index = files["index.html"]
    assert ".md\"" not in index and ".csv\"" not in index, "index.html links only web pages"


def test_the_cost_pages_are_part_of_the_site(browser: BrowserContext, tmp_path: Path) -> None:
    site = tmp_path / "site"
    repo = ROOT / "examples" / "cost-example"
    output.write(site, run.rendered(repo, validate(repo)))
    reached = _crawl(browser, site, site.resolve().as_uri())
    assert "costs/consortium-2024.html" in reached
    assert "costs/fictitious-ebook-package-2024.html" in reached
