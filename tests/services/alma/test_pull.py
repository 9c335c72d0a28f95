"""nzconfig pull against the emulator."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.services.alma.helpers import run
from tests.services.alma_emulator import Emulator, inject_drift, member_key
from tests.services.conftest import SAMPLE, collection_files


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def test_pull_writes_alma_fields_and_then_validates(repo: Path, alma: Emulator) -> None:
    code, out = run("pull", str(repo))
    assert code in (0, 1), out
    text = (repo / "collections" / "jstor-wrlc.yaml").read_text()
    assert "alma_id: '" in text and "proxy: default" in text and "linking:" in text
    assert f"pull: {len(SAMPLE)} collections read from Alma" in out
    assert re.search(r" in \d+ files", out.rstrip().splitlines()[-1])  # validate's summary
    # the CDI policies now run: no collection's linking is unknown any more
    assert "NZ202" not in out


def test_second_pull_changes_no_byte(repo: Path, alma: Emulator) -> None:
    run("pull", str(repo))
    before = snapshot(repo)
    code, out = run("pull", str(repo))
    assert code in (0, 1) and "0 files changed" in out
    assert snapshot(repo) == before


def test_pull_keeps_a_comment_and_an_unknown_field(repo: Path, alma: Emulator) -> None:
    path = repo / "collections" / "jstor-wrlc.yaml"
    text = path.read_text().replace("status: active\n",
                                    "# renewed every July\nstatus: active\nlocal_note: keep\n")
    path.write_text(text)
    alma.collection("JSTOR (WRLC)")["proxy_enabled"] = {"value": "false"}
    run("pull", str(repo))
    after = path.read_text()
    assert "# renewed every July\nstatus: active\n" in after
    assert "local_note: keep\n" in after
    assert "proxy: none\n" in after


def test_dry_run_prints_the_diff_and_writes_nothing(repo: Path, alma: Emulator) -> None:
    before = snapshot(repo)
    inject_drift(alma)
    code, out = run("pull", str(repo), "--dry-run")
    assert code == 0
    assert "+++ b/collections/jstor-wrlc.yaml" in out
    assert "--- /dev/null\n+++ b/collections/project-euclid-prime-wrlc.yaml" in out
    assert snapshot(repo) == before


def test_pull_adds_new_keeps_missing_and_reads_inheritance(
        repo: Path, alma: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    drift = inject_drift(alma)
    member = drift.inheritance_off
    monkeypatch.setenv(f"ALMA_API_KEY_{member}", member_key(member))
    code, out = run("pull", str(repo))
    assert code == 1, out  # the inheritance now recorded as off is an error (NZ203)
    new = (repo / "collections" / "project-euclid-prime-wrlc.yaml").read_text()
    # policies/network.yaml's editor_schema: a new file names its schema for editors
    assert new.startswith("# yaml-language-server: $schema=../schemas/editor/"
                          "collection.schema.json\nname: ")
    assert "world-scientific-open-wrlc.yaml: Alma has no collection" in out
    assert (repo / "collections" / "world-scientific-open-wrlc.yaml").exists()
    institution = (repo / "institutions" / f"{drift.inheritance_off}.yaml").read_text()
    assert "cdi_consortia_inheritance: false" in institution
    assert "NZ203" in out  # the seed's inheritance policy now runs on Alma's truth


def test_pull_into_a_repository_without_collections(repo: Path, alma: Emulator) -> None:
    shutil.rmtree(repo / "collections")
    code, out = run("pull", str(repo))
    assert code in (0, 1), out
    assert collection_files(repo) == len(SAMPLE)
    assert f"({len(SAMPLE)} new)" in out


def test_two_alma_collections_for_one_file_write_nothing(repo: Path, alma: Emulator) -> None:
    from tests.services.alma_emulator import alma_collection, collection_id

    before = snapshot(repo)
    for index, name in ((9001, "New: Thing (WRLC)"), (9002, "New Thing (WRLC)")):
        alma.state.collections[collection_id(index)] = alma_collection(
            collection_id(index), name, ["GWA"], open_access=True,
            linking={"level": "book", "method": "link_resolver"}, cdi={})
    code, out = run("pull", str(repo))
    assert code == 2
    assert "collections/new-thing-wrlc.yaml: two of Alma's collections would be written" in out
    assert snapshot(repo) == before
