"""examples/csu, the NZ ECC / NZ Opt-in example from seed 004, validates clean with the
installed CLI, and exercises the acquisitions and licence rules (breaking it is caught)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import ROOT
from tests.support.cli import run_cli

CSU = ROOT / "examples" / "csu"


def test_the_csu_example_validates_clean() -> None:
    run = run_cli("validate", CSU, installed=True)
    assert run.code == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[-1].startswith("0 errors, 0 warnings, 0 notices")


def test_the_example_has_records_of_every_acquisitions_kind() -> None:
    for folder in ("vendors", "funds", "licences"):
        assert list((CSU / folder).glob("*.yaml")), folder
    texts = [p.read_text(encoding="utf-8") for p in (CSU / "collections").glob("*.yaml")]
    assert any("acquisition_model: nz_ecc" in t for t in texts)
    assert any("acquisition_model: nz_opt_in" in t for t in texts)


def test_a_member_without_negotiation_details_fails_the_example(tmp_path: Path) -> None:
    repo = Path(shutil.copytree(CSU, tmp_path / "csu"))
    heinonline = repo / "collections" / "heinonline-csu.yaml"
    heinonline.write_text(heinonline.read_text(encoding="utf-8").replace(
        "local_acquisitions: [CAMPUSD]\n", ""), encoding="utf-8")
    run = run_cli("validate", repo, installed=True)
    assert run.code == 1
    assert [(d["rule"], d["file"], d["severity"]) for d in run.diagnostics()] == [
        ("NZ222", "collections/heinonline-csu.yaml", "error")]


def test_the_example_models_the_seeds_scenarios_2_to_4_as_data() -> None:
    texts = {p.name: p.read_text(encoding="utf-8")
             for folder in ("collections", "licences") for p in (CSU / folder).glob("*.yaml")}
    assert "covers:\n  - IEEE Xplore (CSU)\n" in texts["IEEE-XPLORE.yaml"]  # scenario 3
    assert "- EBSCO Academic Search Complete (CSU)\n" in texts["EBSCO-BSC.yaml"]  # scenario 4
    assert "upgrade_of: EBSCO Academic Search Complete (CSU)" in texts[
        "ebsco-business-source-complete-csu.yaml"]  # scenario 2, an upgrade
    assert "acquisition_model: iz" in texts["example-local-subscription-csu.yaml"]
    licences = [t for name, t in texts.items() if name[0].isupper()]  # named after codes
    assert licences and all("kind: signed_agreement" in t for t in licences)


def test_a_changed_licence_document_fails_the_example(tmp_path: Path) -> None:
    repo = Path(shutil.copytree(CSU, tmp_path / "csu"))
    titles = repo / "licences" / "documents" / "IEEE-XPLORE-titles.csv"
    titles.write_text(titles.read_text(encoding="utf-8").replace(
        "IEEE Xplore Standards (CSU)", "IEEE Xplore Standard (CSU)"), encoding="utf-8")
    run = run_cli("validate", repo, installed=True)
    assert run.code == 1
    assert sorted({(d["rule"], d["file"]) for d in run.diagnostics()}) == [
        ("NZ236", "licences/IEEE-XPLORE.yaml"), ("NZ238", "licences/IEEE-XPLORE.yaml")]
