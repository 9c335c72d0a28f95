"""A template's time, iterations, sizes and output are bounded; every failure of a
template is a template error naming its file and line (exit 2), never an internal error."""

from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from nzconfig.render import budgets
from tests.render.pages import render, small_repo


def override(repo: Path, text: str) -> None:
    (repo / "templates").mkdir(exist_ok=True)
    (repo / "templates" / "index.md").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("text", "message"), [
    ("ok\n{{ 1/0 }}\n", "templates/index.md:2: ZeroDivisionError"),
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
     "templates/index.md:1: more than 10,000,000 loop iterations"),
    ('{{ "x" * 10**10 }}', "a value of more than"),
    ("{{ [1] * 10**9 }}", "a value of more than"),
    ("{{ 2 ** 1000000000 }}", "a power of more than 4096 bits"),
    ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "recursion too deep"),
    ("{% set ns = namespace(x='ab') %}{% for i in range(64) %}{% set ns.x = ns.x ~ ns.x %}"
     "{% endfor %}{{ ns.x|length }}", "a value of more than"),
    ('{{ "%999999999s"|format(1) }}', "a format width or precision"),
    ('{{ "{:999999999}".format(1) }}', "a format width or precision"),
    ('{{ "x".ljust(10**9) }}', "a number argument above"),
    ('{{ "x"|center(1000000000) }}', "a number argument above"),
    ("{{ range(10**12)|length }}", "a number argument above"),
    ("{{ site.nothing_here }}", "templates/index.md:1: "),
])
def test_template_failures_are_template_errors(tmp_path: Path, text: str,
                                               message: str) -> None:
    repo = small_repo(tmp_path)
    override(repo, text)
    with pytest.raises(FatalError, match="template error") as raised:
        render(repo)
    assert message in raised.value.message


def test_time_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budgets, "SECONDS", 0.5)
    repo = small_repo(tmp_path)
    override(repo, "{% for r in site.rows %}{% for i in range(99999) %}{% for j in "
                   "range(99) %}{% endfor %}{% endfor %}{% endfor %}")
    monkeypatch.setattr(budgets, "ITERATIONS", 10**12)
    with pytest.raises(FatalError, match=r"took more than 0\.5 seconds"):
        render(repo)


def test_output_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budgets, "PAGE_CHARS", 1_000_000)
    repo = small_repo(tmp_path)
    override(repo, '{% for i in range(1000) %}{{ "x" * 10000 }}{% endfor %}')
    with pytest.raises(FatalError, match="the page is longer than 1,000,000 characters"):
        render(repo)


def test_the_page_bound_is_for_a_repository_that_overrides_templates(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budgets, "PAGE_CHARS", 1_000)  # smaller than the shipped pages
    repo = small_repo(tmp_path)
    assert len(render(repo)["collections.html"]) > 1_000  # shipped templates only: unbounded
    override(repo, "{{ site.network_code }}")  # one page overridden: every page is bounded
    with pytest.raises(FatalError, match="the page is longer than 1,000 characters"):
        render(repo)


def test_the_shipped_templates_stay_within_their_budgets(tmp_path: Path) -> None:
    assert "index.md" in render(small_repo(tmp_path))
