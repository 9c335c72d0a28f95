"""Imported usage written into a cost file (edit.usage_import)."""

from __future__ import annotations

from pathlib import Path

from nzconfig.domain.counter.importing import YearImport
from nzconfig.edit.usage_import import edited, write

COST = """# the NZ manager's note
name: Package
currency: USD
years:
  "2024": {invoice: "10.00", members: [AAA, BBB]}
notes: keep me  # and me
"""


def _year(fiscal_year: str, aaa: int) -> YearImport:
    return YearImport(fiscal_year, "Unique_Title_Requests", (f"{fiscal_year}-01",),
                      {"AAA": aaa, "BBB": 1},
                      {"metric": "Unique_Title_Requests",
                       "months": f"{fiscal_year}-01/{fiscal_year}-01", "reports": []})


def _file(tmp_path: Path, text: str = COST) -> Path:
    path = tmp_path / "costs" / "package.yaml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    return path


def test_new_sections_go_where_the_documentation_puts_them(tmp_path: Path) -> None:
    doc = edited(_file(tmp_path), "costs/package.yaml", [_year("2023", 5)])
    text = doc.text()
    assert text.startswith("# the NZ manager's note\nname: Package\n")
    assert text.index("years:") < text.index("usage:") < text.index("usage_imports:") \
        < text.index("notes: keep me  # and me")
    assert doc.get(("usage", "2023")) == {"AAA": 5, "BBB": 1}
    assert doc.get(("usage_imports", "2023", "metric")) == "Unique_Title_Requests"


def test_a_new_year_goes_among_the_others_in_order(tmp_path: Path) -> None:
    path = _file(tmp_path)
    assert write(edited(path, "costs/package.yaml", [_year("2021", 1), _year("2023", 3)]))
    doc = edited(path, "costs/package.yaml", [_year("2022", 2)])
    assert list(doc.get(("usage",))) == ["2021", "2022", "2023"]
    assert list(doc.get(("usage_imports",))) == ["2021", "2022", "2023"]


def test_the_same_import_again_changes_no_byte(tmp_path: Path) -> None:
    path = _file(tmp_path)
    assert write(edited(path, "costs/package.yaml", [_year("2023", 5)])) is True
    before = path.read_bytes()
    again = edited(path, "costs/package.yaml", [_year("2023", 5)])
    assert again.text().encode() == before and again.diff() == ""
    assert write(again) is False
    assert path.read_bytes() == before


def test_nothing_is_written_until_write(tmp_path: Path) -> None:
    path = _file(tmp_path)
    doc = edited(path, "costs/package.yaml", [_year("2023", 5)])
    assert path.read_text(encoding="utf-8") == COST
    assert doc.diff().startswith("--- a/costs/package.yaml\n")
