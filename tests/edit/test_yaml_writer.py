"""The comment-preserving YAML writer: round trips, the repository's YAML 1.2 reading,
canonical new files and all-or-nothing writes."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest

from nzconfig.edit.table_import import collection_text
from nzconfig.edit.yaml_writer import WriterError, YamlDocument, dump, write_all
from nzconfig.loading.loader import Document, load_text
from tests.conftest import ROOT

ORDER = ("name", "alma_id", "cz_name", "members", "status", "proxy")

HAND_WRITTEN = """\
# Kept by hand: the NZ manager's note
name: X (WRLC)   # the NZ name
members:
- AMU
- GML  # the seed says GMU

# access below is reviewed yearly
status: active
linking: {level: book, method: link_resolver}
custom_note: not a schema field
approval:
  legacy: true

# end of file
"""


def doc(text: str = HAND_WRITTEN) -> YamlDocument:
    return YamlDocument.parse(text, Path("x.yaml"), "collections/x.yaml")


def reads(text: str) -> dict[str, object]:
    loaded = load_text(text, "f.yaml")
    assert isinstance(loaded, Document), loaded
    return loaded.data


def test_unchanged_document_gives_back_its_bytes() -> None:
    d = doc()
    assert d.set(("name",), "X (WRLC)") is False
    assert d.set(("members",), ["AMU", "GML"]) is False
    assert not d.changed
    assert d.text() == HAND_WRITTEN
    assert d.diff() == ""


def test_every_shipped_file_round_trips_unchanged() -> None:
    files = sorted((ROOT / "collections").glob("*.yaml")) + sorted(
        (ROOT / "institutions").glob("*.yaml")) + sorted((ROOT / "policies").glob("*.yaml"))
    assert len(files) > 90
    for path in files:
        d = YamlDocument.open(path)
        d.set(("name",), d.get(("name",))) if d.get(("name",)) is not None else None
        assert d.text() == path.read_text(encoding="utf-8"), path


def test_edit_keeps_comments_order_and_unknown_fields() -> None:
    d = doc()
    d.set(("alma_id",), "61123456780004101", order=ORDER)
    d.set(("members",), ["AMU", "GAL", "GML", "GWA"])
    d.set(("linking", "level"), "journal")
    d.set(("proxy",), "default", order=ORDER)
    assert d.text() == """\
# Kept by hand: the NZ manager's note
name: X (WRLC)   # the NZ name
alma_id: '61123456780004101'
members:
- AMU
- GAL
- GML  # the seed says GMU
- GWA

# access below is reviewed yearly
status: active
proxy: default
linking: {level: journal, method: link_resolver}
custom_note: not a schema field
approval:
  legacy: true

# end of file
"""
    assert reads(d.text())["custom_note"] == "not a schema field"


def test_removing_items_keeps_the_comments_of_what_stays() -> None:
    d = doc()
    d.set(("members",), ["GML"])
    d.delete(("approval",))
    text = d.text()
    assert "- GML  # the seed says GMU\n\n# access below is reviewed yearly\nstatus:" in text
    assert text.endswith("custom_note: not a schema field\n\n# end of file\n")
    assert "approval" not in text


def test_nested_keys_are_created_whole_before_the_trailing_comment() -> None:
    d = doc()
    d.set(("cdi", "GWA", "cdi_search_activation_status"), True)
    assert d.text().endswith("  legacy: true\ncdi:\n  GWA:\n    cdi_search_activation_status: "
                             "true\n\n# end of file\n")


@pytest.mark.parametrize("value", [
    "NO", "yes", "on", "off", "y", "n", "2024-05-01", "1_000",  # text in YAML 1.2
    "010", "0x1A", "0o17", "+1", "1e3", ".5", ".inf", "-.Inf", ".nan", "true", "False",
    "TRUE", "null", "Null", "~", "", " padded ", "a: b", "# not a comment", "- item",
    "'quoted'", '"double"', "{flow}", "[flow]", "*alias", "&anchor", "!tag", "%directive",
    "line\nbreak", "tab\there", "line\u2028separator", "next\x85line", "\ufeffbom", "é ü",
])
def test_a_string_reads_back_as_the_same_string(value: str) -> None:
    d = doc()
    d.set(("custom_note",), value)
    assert reads(d.text())["custom_note"] == value
    assert reads(dump({"v": value}))["v"] == value


def test_yaml_1_2_words_stay_plain() -> None:
    text = dump({"members": ["NO", "ON", "Y"]})
    assert text == "members:\n- NO\n- ON\n- Y\n"


def test_numbers_and_booleans_keep_their_types() -> None:
    d = YamlDocument.new(Path("i.yaml"), {"code": "AAA", "fte": {"2024": Decimal("1234.5"),
                                                                  "2025": 7}, "x": True})
    assert reads(d.text()) == {"code": "AAA", "fte": {"2024": Decimal("1234.5"), "2025": 7},
                               "x": True}
    assert d.text() == "code: AAA\nfte:\n  '2024': 1234.5\n  '2025': 7\nx: true\n"


def test_new_files_take_the_form_import_table_writes() -> None:
    compared = 0
    for path in sorted((ROOT / "collections").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if "#" in text:
            continue
        data = reads(text)
        assert dump(data) == text == collection_text(data, path.name), path
        compared += 1
    assert compared > 10


def test_same_edits_same_bytes() -> None:
    texts = set()
    for _ in range(3):
        d = doc()
        d.set(("members",), ["ZZZ", "AMU"])
        d.set(("public_name",), "X", order=ORDER)
        texts.add(d.text())
    assert len(texts) == 1


def test_an_indented_style_is_kept() -> None:
    text = "name: X\nmembers:\n    - AMU\n    - BBB\nlinking:\n    level: book\n"
    d = doc(text)
    d.set(("members",), ["AMU", "BBB", "CCC"])
    assert d.text() == ("name: X\nmembers:\n    - AMU\n    - BBB\n    - CCC\nlinking:\n"
                        "    level: book\n")


@pytest.mark.parametrize("text, rule", [
    ("name: !!python/object/apply:os.system [x]\n", "NZ003"),
    ("name: a\nname: b\n", "NZ002"),
    ("- a\n", "NZ008"),
    ("a: &x [1]\n<<: *x\n", "NZ012"),
])
def test_files_the_loader_refuses_are_not_edited(text: str, rule: str) -> None:
    with pytest.raises(WriterError) as caught:
        doc(text)
    assert [d.rule for d in caught.value.diagnostics] == [rule]


def test_open_refuses_a_fifo_and_keeps_a_bom(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    with pytest.raises(WriterError, match="not a regular file"):
        YamlDocument.open(fifo)
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfname: X\n")
    d = YamlDocument.open(path)
    d.set(("status",), "active")
    assert d.encoded() == b"\xef\xbb\xbfname: X\nstatus: active\n"


def test_diff_of_a_new_file() -> None:
    d = YamlDocument.new(Path("n.yaml"), {"name": "N"}, "collections/n.yaml")
    assert d.diff() == "--- /dev/null\n+++ b/collections/n.yaml\n@@ -0,0 +1 @@\n+name: N\n"


def test_write_all_writes_only_changed_files(tmp_path: Path) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text("name: A\n")
    b.write_text("name: B\n")
    os.utime(b, (1, 1))
    da, db = YamlDocument.open(a), YamlDocument.open(b)
    da.set(("status",), "active")
    new = YamlDocument.new(tmp_path / "sub" / "c.yaml", {"name": "C"})
    assert write_all([da, db, new]) == [a, tmp_path / "sub" / "c.yaml"]
    assert a.read_text() == "name: A\nstatus: active\n"
    assert b.stat().st_mtime == 1
    assert (tmp_path / "sub" / "c.yaml").read_text() == "name: C\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml", "b.yaml", "sub"]


def test_write_all_is_all_or_nothing_when_staging_fails(tmp_path: Path) -> None:
    a = tmp_path / "a.yaml"
    a.write_text("name: A\n")
    (tmp_path / "blocker").write_text("a file where a folder should be\n")
    da = YamlDocument.open(a)
    da.set(("status",), "active")
    bad = YamlDocument.new(tmp_path / "blocker" / "c.yaml", {"name": "C"})
    with pytest.raises(OSError):
        write_all([da, bad])
    assert a.read_text() == "name: A\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml", "blocker"]


def test_write_all_puts_back_what_it_moved_when_a_move_fails(tmp_path: Path) -> None:
    a = tmp_path / "a.yaml"
    a.write_text("name: A\n")
    (tmp_path / "z.yaml").mkdir()  # sorted after a.yaml: its move fails after a.yaml moved
    (tmp_path / "z.yaml" / "keep").write_text("")
    da = YamlDocument.open(a)
    da.set(("status",), "active")
    dz = YamlDocument.new(tmp_path / "z.yaml", {"name": "Z"})
    with pytest.raises(OSError):
        write_all([da, dz])
    assert a.read_text() == "name: A\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml", "z.yaml"]
