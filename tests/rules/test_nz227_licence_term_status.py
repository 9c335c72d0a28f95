from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from tests.conftest import run_cli
from tests.rules.acqrepo import FILES, LICENCE, LICENCE_TEXT, files
from tests.rules.policyrepo import build, found, run


def test_onix_pl_statuses_pass(tmp_path: Path) -> None:
    assert found(tmp_path, FILES, "NZ227") == []


def test_another_value_is_an_error_at_it_with_the_nearest(tmp_path: Path) -> None:
    changed = files(licence=LICENCE_TEXT.replace(
        "linking: {status: Permitted}", "linking: {status: permitted}"))
    assert found(tmp_path, changed, "NZ227") == [(LICENCE, 13, 21, "error")]
    [d] = [d for d in run(tmp_path, changed).diagnostics if d.rule == "NZ227"]
    assert d.hint == "did you mean `Permitted`?"


def test_the_statuses_come_from_the_policy(tmp_path: Path) -> None:
    policy = FILES["policies/licence-terms.yaml"].replace("  - NotApplicable\n", "")
    changed = {**FILES, "policies/licence-terms.yaml": policy}
    assert found(tmp_path, changed, "NZ227") == [
        (LICENCE, 14, 38, "error"), (LICENCE, 15, 37, "error")]


def test_a_mapping_to_an_unknown_value_table_stops_the_run(tmp_path: Path) -> None:
    policy = FILES["policies/licence-terms.yaml"].replace(
        "alma: {codes: [REMOTE], values: usage}", "alma: {codes: [REMOTE], values: usages}")
    with pytest.raises(FatalError) as caught:
        run(tmp_path, {**FILES, "policies/licence-terms.yaml": policy})
    [d] = caught.value.diagnostics
    assert (d.rule, d.file) == ("NZ016", "policies/licence-terms.yaml")


def test_a_vocabulary_without_statuses_is_exit_2_in_the_cli(tmp_path: Path) -> None:
    policy = FILES["policies/licence-terms.yaml"].replace("usage_statuses:", "usage_status:")
    root = build(tmp_path, {**FILES, "policies/licence-terms.yaml": policy})
    done = run_cli("validate", root)
    assert done.code == 2
    assert {(d["rule"], d["file"]) for d in done.diagnostics()} == {
        ("NZ102", "policies/licence-terms.yaml"), ("NZ103", "policies/licence-terms.yaml")}
