from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from tests.rules.acqrepo import FILES
from tests.support.cli import run_cli
from tests.support.repos import build, run


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
