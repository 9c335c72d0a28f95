from __future__ import annotations

from pathlib import Path

from tests.rules.acqrepo import ECC_TEXT, FILES
from tests.rules.policyrepo import found

SECOND = "collections/more-db-tst.yaml"
SECOND_TEXT = ECC_TEXT.replace("Core DB", "More DB")


def test_one_ecc_collection_per_vendor_needs_no_licence(tmp_path: Path) -> None:
    assert found(tmp_path, FILES, "NZ225") == []


def test_two_ecc_collections_from_one_vendor_need_licences(tmp_path: Path) -> None:
    files = {**FILES, SECOND: SECOND_TEXT}
    assert found(tmp_path, files, "NZ225") == [
        ("collections/core-db-tst.yaml", 5, 9, "error"), (SECOND, 5, 9, "error")]
    both = {**files, SECOND: SECOND_TEXT + "licence: ACME-DB\n",
            "collections/core-db-tst.yaml": ECC_TEXT + "licence: ACME-DB\n"}
    assert found(tmp_path, both, "NZ225") == []
