"""`nzconfig import-table`: the seed's table as CSV becomes the shipped collections/."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

import pytest

from nzconfig.edit.table_import import collection_text, split_name
from nzconfig.loading.loader import Document, load_file, load_text
from tests.conftest import FIXTURES, ROOT
from tests.support.cli import run_cli

SEED_CSV = FIXTURES / "seed-table" / "wrlc-shared-collections.csv"
IMPORTED_KEYS = ("name", "cz_name", "package", "managed_via", "import_profile", "access_type",
                 "acquisitions_profile", "availability", "status", "members")


def resolve_anomalies(file: str, data: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The documented resolutions (README, "Data notes"), applied to what the import gives."""
    data = dict(data)
    if file == "ieee-xplore-open-access-journals-wrlc.yaml":  # note 1: GMU -> GML
        data["members"] = ["GML" if m == "GMU" else m for m in data["members"]]
    if file in ("chronicling-america-historic-american-newspapers-wrlc.yaml",
                "world-development-indicators-wdi-wrlc.yaml"):  # note 2: sorted
        data["members"] = sorted(data["members"])
    if file == "inactive-doab-directory-of-open-access-books-wrlc.yaml":  # note 3
        data["name"] = data["name"].removeprefix("INACTIVE ")
        data["status"] = "inactive"
        file = "doab-directory-of-open-access-books-wrlc.yaml"
    return file, data


def load(path: Path) -> dict[str, Any]:
    doc = load_file(path, path.name)
    assert isinstance(doc, Document), doc
    return doc.data


def new_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "collections").mkdir(parents=True)
    shutil.copytree(ROOT / "policies", repo / "policies")
    return repo


def test_shipped_collections_are_the_imported_table(tmp_path: Path) -> None:
    repo = new_repo(tmp_path)
    run = run_cli("import-table", SEED_CSV, repo)
    assert run.code == 0, run.stderr
    assert "wrote 78 collection files" in run.stdout
    imported = {}
    for path in sorted((repo / "collections").glob("*.yaml")):
        file, data = resolve_anomalies(path.name, load(path))
        imported[file] = data
    shipped = {p.name: load(p) for p in sorted((ROOT / "collections").glob("*.yaml"))}
    assert sorted(imported) == sorted(shipped)
    for file, data in imported.items():
        for key in IMPORTED_KEYS:
            assert shipped[file].get(key) == data.get(key), (file, key)


def test_imported_files_are_already_formatted(tmp_path: Path) -> None:
    # The seed lists some members out of order; fmt --check in CI must pass on an import.
    repo = new_repo(tmp_path)
    assert run_cli("import-table", SEED_CSV, repo).code == 0
    check = run_cli("fmt", "--check", "-C", repo)
    assert check.code == 0, check.stdout + check.stderr


def test_rows_are_counted(shared: Path) -> None:
    """The shipped data has every row of the seed's table: counted in the seed itself."""
    seed = (shared / "seeds" / "003_12f3db6bb4ed3629.txt").read_text(encoding="utf-8")
    table = seed.split("Collection Name Subscription", 1)[1].split(
        "Coordinated Collections Committee (CCC) Shared Cost Formula", 1)[0]
    rows = [line for line in table.splitlines() if "(WRLC)" in line]
    with SEED_CSV.open(encoding="utf-8", newline="") as stream:
        csv_rows = list(csv.DictReader(stream))
    assert len(rows) == len(csv_rows) == 78
    assert len(list((ROOT / "collections").glob("*.yaml"))) == 78


def test_unparseable_rows_are_reported_by_number_and_nothing_is_written(tmp_path: Path) -> None:
    repo = new_repo(tmp_path)
    table = tmp_path / "table.csv"
    header = SEED_CSV.read_text(encoding="utf-8").splitlines()[0]
    table.write_text("\n".join([
        header,
        "Good (WRLC),Pkg,Community Zone,Subscription,WRLC,Access to all,AMU; GWA",
        "Short (WRLC),Pkg,Community Zone",
        "Odd (WRLC),Pkg,By carrier pigeon,Subscription,WRLC,Access to all,AMU",
        "Odder (WRLC),Pkg,Community Zone,Free,WRLC,Access to all,AMU",
    ]) + "\n", encoding="utf-8")
    run = run_cli("import-table", table, repo)
    assert run.code == 1
    assert f"{table}:3:1: error [NZ020] row 2: has 3 cells" in run.stderr
    assert "row 3: Managed via `By carrier pigeon`" in run.stderr
    assert "row 4: Access Type `Free`" in run.stderr
    assert list((repo / "collections").iterdir()) == []


@pytest.mark.parametrize(("cell", "expected"), [
    ("JSTOR (WRLC)", ("JSTOR (WRLC)", None)),
    ("JSTOR Open Access (WRLC) (JSTOR Books Open Access)",
     ("JSTOR Open Access (WRLC)", "JSTOR Books Open Access")),
    ("African Journals Online (Open Access) (WRLC) (African Journals Online (Open Access))",
     ("African Journals Online (Open Access) (WRLC)", "African Journals Online (Open Access)")),
    ("World Development Indicators (WDI) (WRLC)",
     ("World Development Indicators (WDI) (WRLC)", None)),
    ("No suffix here", ("No suffix here", None)),
])
def test_split_name(cell: str, expected: tuple[str, str | None]) -> None:
    assert split_name(cell, "(WRLC)") == expected


def test_split_name_refuses_trailing_text() -> None:
    with pytest.raises(ValueError, match="unexpected text"):
        split_name("JSTOR (WRLC) extra", "(WRLC)")


def test_the_rendered_csv_imports_back_to_the_shipped_data(tmp_path: Path) -> None:
    """The spreadsheet nzconfig render writes is one import-table reads (Status included)."""
    site = tmp_path / "site"
    assert run_cli("render", ROOT, "--out", site).code == 0
    repo = new_repo(tmp_path)
    run = run_cli("import-table", site / "collections.csv", repo)
    assert run.code == 0, run.stderr
    shipped = {p.name: load(p) for p in sorted((ROOT / "collections").glob("*.yaml"))}
    imported = {p.name: load(p) for p in sorted((repo / "collections").glob("*.yaml"))}
    assert sorted(imported) == sorted(shipped)
    for file, data in imported.items():
        for key in IMPORTED_KEYS:
            assert shipped[file].get(key) == data.get(key), (file, key)


def test_a_bad_status_is_a_row_error(tmp_path: Path) -> None:
    table = tmp_path / "table.csv"
    header = SEED_CSV.read_text(encoding="utf-8").splitlines()[0] + ",Status"
    table.write_text(header + "\nA (WRLC),P,Community Zone,Subscription,WRLC,All,AMU,paused\n")
    run = run_cli("import-table", table, new_repo(tmp_path))
    assert run.code == 1
    assert "row 1: Status `paused` is neither active nor inactive" in run.stderr


def test_a_field_over_the_csv_limit_is_a_row_error(tmp_path: Path) -> None:
    repo = new_repo(tmp_path)
    table = tmp_path / "table.csv"
    header = SEED_CSV.read_text(encoding="utf-8").splitlines()[0]
    table.write_text(header + "\nGood (WRLC),Pkg,Community Zone,Subscription,WRLC,Access,AMU\n"
                     + '"' + "x" * 200_000 + '",Pkg\n', encoding="utf-8")
    run = run_cli("import-table", table, repo)
    assert run.code == 1
    assert "[NZ020]" in run.stderr and "field larger than field limit" in run.stderr
    assert list((repo / "collections").iterdir()) == []


@pytest.mark.parametrize("name", ["Books\x85More (TST)", "Books\u2028More (TST)", "yes", "NO",
                                  "on", "null", "It's (TST)", "- dash", "# hash"])
def test_an_imported_name_reads_back_as_it_was(name: str) -> None:
    # PyYAML's dump, used before the one writer, read U+0085 back as a space. Read as
    # nzconfig reads (YAML 1.2's core schema: `yes` and `on` are text).
    text = collection_text({"name": name, "members": ["AAA"], "access_type": "subscription",
                            "managed_via": "import_profile"}, "collections/x.yaml")
    doc = load_text(text, "collections/x.yaml")
    assert isinstance(doc, Document) and doc.data["name"] == name
