from __future__ import annotations

from pathlib import Path

from tests.rules.acqrepo import FILES
from tests.rules.policyrepo import found


def test_files_named_after_codes_pass(tmp_path: Path) -> None:
    assert found(tmp_path, FILES, "NZ219") == []


def test_a_misnamed_file_is_an_error_at_its_code(tmp_path: Path) -> None:
    files = {**FILES, "funds/core.yaml": "code: CORE2\nname: Core 2\n"}
    assert found(tmp_path, files, "NZ219") == [("funds/core.yaml", 1, 7, "error")]


def test_a_repeated_code_is_reported_in_the_second_file(tmp_path: Path) -> None:
    files = {**FILES, "vendors/ZED.yaml": "code: ACME\nname: Acme again\n"}
    assert found(tmp_path, files, "NZ219") == [("vendors/ZED.yaml", 1, 7, "error")]
