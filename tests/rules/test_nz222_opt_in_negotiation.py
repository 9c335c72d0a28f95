from __future__ import annotations

from pathlib import Path

from tests.rules.acqrepo import FILES, OPT_IN, OPT_IN_TEXT, files
from tests.rules.policyrepo import found, run


def test_negotiation_for_every_subscriber_passes(tmp_path: Path) -> None:
    assert found(tmp_path, FILES, "NZ222") == []


def test_a_subscriber_without_negotiation_is_an_error_at_its_entry(tmp_path: Path) -> None:
    changed = files(opt_in=OPT_IN_TEXT + "- CCC\n")
    assert found(tmp_path, changed, "NZ222") == [(OPT_IN, 10, 3, "error")]
    [d] = [d for d in run(tmp_path, changed).diagnostics if d.rule == "NZ222"]
    assert d.member == "CCC" and "licences/ACME-DB.yaml" in d.message


def test_local_acquisitions_need_no_negotiation_but_must_be_members(tmp_path: Path) -> None:
    text = OPT_IN_TEXT + "- CCC\nlocal_acquisitions: [CCC]\n"
    assert found(tmp_path, files(opt_in=text), "NZ222") == []
    text = OPT_IN_TEXT + "local_acquisitions: [CCC]\n"
    assert found(tmp_path, files(opt_in=text), "NZ222") == [(OPT_IN, 10, 22, "error")]
