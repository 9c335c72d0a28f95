"""Templates: sandboxed, autoescaped for HTML and XHTML, overridable from the repository."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from nzconfig.core.markup import csv_row, markdown
from nzconfig.render.environment import autoescape, environment, markdown_code
from tests.render.pages import XSS, render, small_repo


def override(repo: Path, name: str, text: str) -> None:
    (repo / "templates").mkdir(exist_ok=True)
    (repo / "templates" / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("name", "escaped"), [
    ("collections.html", True), ("collections.xhtml", True), ("collections.md", False),
    ("collections.csv", False), ("collections.js", False)])
def test_autoescape_is_on_for_html_and_xhtml_only(name: str, escaped: bool) -> None:
    env = environment(None)
    assert autoescape(name) is escaped
    assert env.autoescape is autoescape


def test_a_repository_template_overrides_the_shipped_one(tmp_path: Path) -> None:
    repo = small_repo(tmp_path)
    override(repo, "index.md", "{{ site.rows|length }} rows in {{ site.network_name }}\n")
    assert render(repo)["index.md"] == "4 rows in Test Consortium\n"


def test_an_edited_override_is_compiled_afresh_in_the_same_process(tmp_path: Path) -> None:
    # Compiled templates are kept for the process (environment.COMPILED): an override edited
    # between two renders, or another repository's override of the same name, must not be
    # served from what was compiled before.
    repo = small_repo(tmp_path / "one")
    override(repo, "index.md", "first {{ site.rows|length }}\n")
    assert render(repo)["index.md"] == "first 4\n"
    override(repo, "index.md", "second {{ site.rows|length }}\n")
    assert render(repo)["index.md"] == "second 4\n"
    other = small_repo(tmp_path / "two")
    override(other, "index.md", "other {{ site.network_name }}\n")
    assert render(other)["index.md"] == "other Test Consortium\n"
    assert render(repo)["index.md"] == "second 4\n"


def test_an_override_can_extend_the_shipped_template(tmp_path: Path) -> None:
    repo = small_repo(tmp_path)
    override(repo, "collections.html",
             '{% extends "default/collections.html" %}')
    pages = render(repo)
    assert "<table id=\"collections\"" in pages["collections.html"]


def test_an_html_override_is_autoescaped(tmp_path: Path) -> None:
    repo = small_repo(tmp_path)
    override(repo, "index.html", "{% for r in site.rows %}{{ r.name }}\n{% endfor %}")
    assert "&lt;img src=x onerror=alert(1)&gt;" in render(repo)["index.html"]


@pytest.mark.parametrize("text", [
    "{{ site.__class__.__mro__ }}",
    "{{ site.rows.__class__.__subclasses__() }}",
    "{{ ''.__class__.__base__.__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.system('true') }}",
    "{% set x = site.rows.append(1) %}",
    "{{ site.rows[0]['__class__'].__mro__ }}",
    "{{ site.rows[0].anchor.__class__.__mro__ }}",
    "{{ site.validation.__slots__ }}",
])
def test_templates_cannot_reach_python(tmp_path: Path, text: str) -> None:
    repo = small_repo(tmp_path)
    override(repo, "index.md", text)
    with pytest.raises(FatalError, match="template error"):
        render(repo)


def test_a_template_linking_outside_templates_is_refused(tmp_path: Path) -> None:
    repo = small_repo(tmp_path / "repo")
    secret = tmp_path / "secret.txt"
    secret.write_text("do not publish", encoding="utf-8")
    (repo / "templates").mkdir()
    os.symlink(secret, repo / "templates" / "index.md")
    pages = render(repo)  # the link is ignored: the shipped index.md is used
    assert "do not publish" not in pages["index.md"]
    override(repo, "validation.md", '{% include "index.md" %}')
    assert "do not publish" not in render(repo)["validation.md"]


def test_markdown_escaping() -> None:
    assert markdown("a | b") == "a \\| b"
    assert markdown(XSS) == "\\<img src=x onerror=alert(1)>"
    assert markdown("Taylor & Francis") == "Taylor & Francis"
    assert markdown("&amp;") == "&amp;amp;"
    assert markdown("- item") == "\\- item"
    assert markdown("1. first") == "1\\. first"
    assert markdown("two\nlines") == "two lines"
    assert markdown_code("`a|b` and *c*") == "`a|b` and \\*c\\*"


def test_csv_cells_cannot_become_formulas() -> None:
    assert csv_row(["=1+2", "+x", "-y", "@z", "plain", 'say "hi", ok']) == (
        "'=1+2,'+x,'-y,'@z,plain,\"say \"\"hi\"\", ok\"")


def test_csv_line_breaks_inside_a_value_stay_in_one_record() -> None:
    line = csv_row(["two\nlines", "cr\rtoo", "", "plain"])
    assert line == '"two\nlines","cr\rtoo",,plain'
    assert list(csv.reader(io.StringIO(line + "\r\n"))) == [["two\nlines", "cr\rtoo", "",
                                                              "plain"]]
    assert csv_row([""]) == '""'  # a lone empty cell is a record, not a blank line
