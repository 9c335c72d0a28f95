"""The cost and usage tables' bulk row filters (render.cell_rows) write what the template
loops they replaced wrote, value for value, in each page format."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jinja2 import DictLoader
from markupsafe import escape

from nzconfig.core.markup import csv_cell, markdown, visible
from nzconfig.domain.costs.tables import Cell
from nzconfig.engine.validate import validate
from nzconfig.render import cell_rows, site
from nzconfig.render.environment import environment
from tests.conftest import ROOT
from tests.support.render import rendered_files

EXAMPLE = ROOT / "examples" / "cost-example"
TEMPLATES = ROOT / "src" / "nzconfig" / "templates"

# What a member code, a resource name or a figure can hold, odd ones included.
VALUES = ["AAA", "12,345.67", "www.5", "1.", "1)", "-1", "3,000", "a_b", "-1,000.01", "2.50%",
          "", "1. x", "# not a heading", "1,2", "1 | 2", "12,345.67,8",
          "a | b", "<b>bold</b> & 'q' \"d\"", "=SUM(A1)", "+1", "@x", "line\nbreak",
          "right\u202eleft", "zero\u200bwidth", "*star* _under_ ~tilde~", "`code`", "[link](x)"]
ROWS = tuple(
    tuple(Cell(shown, plain, number) for shown, plain, number in zip(
        VALUES[i:] + VALUES[:i], VALUES[-i:] + VALUES[:-i], [i % 2 == 0, True, False] * 10,
        strict=False))
    for i in range(len(VALUES)))

# Rows of plain figures but for one cell holding the separator: printed as they stand, they
# would have a cell too many.
NEARLY_PLAIN = tuple((Cell("AAA", "AAA", False), Cell(odd, odd, True), Cell("1", "1", True))
                     for odd in ("1,2", "1 | 2", "12,345.67", "-1", "3 |", "| 4"))
# A member's row (a name, then figures: joined at once in HTML) whose cells need escaping.
MEMBER_ROWS = tuple((Cell(name, name, False), *(Cell(v, v, True) for v in VALUES[:i]))
                    for i, name in enumerate(["A&B", "<b>", "1", "'q'"]))

LOOPS = {  # the loops of the shipped templates, and the filter that replaced each
    ".md": ('{% for row in rows %}\n|{% for c in row %} {{ c.shown|md }} |{% endfor %}\n\n'
            '{% endfor %}\n',
            "{% for block in rows|bulk_cells_md %}{{ block }}{% endfor %}\n"),
    ".html": ('{% for row in rows %}\n<tr>{% for c in row %}<td{% if c.number %} '
              'class="number"{% endif %}>{{ c.shown }}</td>{% endfor %}</tr>\n{% endfor %}\n',
              "{% for block in rows|bulk_cells_html %}{{ block }}{% endfor %}\n"),
    ".csv": ('{% for row in rows %}\n{{ row|map(attribute="plain")|csv_row }}\n'
             '{% endfor %}\n',
             "{% for block in rows|bulk_cells_csv %}{{ block }}{% endfor %}\n"),
}


@pytest.mark.parametrize("suffix", sorted(LOOPS))
@pytest.mark.parametrize("rows", [ROWS, ROWS * 200, NEARLY_PLAIN, MEMBER_ROWS, ()],
                         ids=["odd", "many", "nearly-plain", "member", "none"])
def test_a_row_filter_writes_what_its_loop_wrote(suffix: str,
                                                 rows: tuple[tuple[Cell, ...], ...]) -> None:
    loop, filtered = LOOPS[suffix]
    env = environment(None, site.VIEWS)
    env.filters.update(cell_rows.filters())
    env.loader = DictLoader({f"loop{suffix}": loop, f"bulk{suffix}": filtered})
    expected = env.get_template(f"loop{suffix}").render(rows=rows)
    assert expected or not rows  # the case is not vacuous
    assert env.get_template(f"bulk{suffix}").render(rows=rows) == expected


@given(st.from_regex(cell_rows._AS_IS, fullmatch=True))
def test_a_cell_printed_as_it_stands_is_what_every_escaper_prints(value: str) -> None:
    assert visible(markdown(value), lines=True) == value == str(escape(visible(value)))


@given(st.from_regex(cell_rows._CSV_AS_IS, fullmatch=True))
def test_a_csv_cell_written_as_it_stands_is_what_csv_cell_writes(value: str) -> None:
    assert csv_cell(value) == value


CELLS = st.one_of(st.from_regex(cell_rows._AS_IS, fullmatch=True),
                  st.from_regex(cell_rows._CSV_AS_IS, fullmatch=True),
                  st.sampled_from([*VALUES, "1 | 2", "1,2", " | ", ",", "| 2", "1 "]))


@given(st.lists(CELLS, min_size=1, max_size=6))
def test_a_row_matches_as_it_stands_only_when_every_cell_does(cells: list[str]) -> None:
    assert cell_rows._as_is(" | ".join(cells), " | ", len(cells)) == all(
        cell_rows._AS_IS.fullmatch(c) for c in cells)
    assert cell_rows._as_is(",".join(cells), ",", len(cells)) == all(
        cell_rows._CSV_AS_IS.fullmatch(c) for c in cells)


def test_a_repository_override_can_loop_over_a_tables_rows_itself(tmp_path: Path) -> None:
    """An override of a cost page that loops over ``t.rows`` as the shipped one did writes
    the same page (each template's comment keeps that loop)."""
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLE, repo)
    page = "costs/fictitious-ebook-package-2024.md"
    shipped = rendered_files(repo, validate(repo))[page]
    (repo / "templates" / "costs").mkdir(parents=True)
    source = (TEMPLATES / "costs" / "resource.md").read_text(encoding="utf-8")
    override = source.replace(LOOPS[".md"][1].replace("rows|", "t.rows|"),
                              LOOPS[".md"][0].replace("in rows", "in t.rows"))
    assert "bulk_cells_md" not in override  # the loop stands in the filter's place
    (repo / "templates" / "costs" / "resource.md").write_text(override, encoding="utf-8")
    assert rendered_files(repo, validate(repo))[page] == shipped
