from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules.policyrepo import found

FILE = "collections/old-tst.yaml"
HEAD = ("name: Old (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"
        "members: []\n")


def test_an_inactive_collection_with_its_date_passes(tmp_path: Path) -> None:
    text = HEAD + "status: inactive\ninactive_since: 2024-06-30\n"
    assert found(tmp_path, {FILE: text}, "NZ216") == []


def test_no_date_is_an_error_at_the_status(tmp_path: Path) -> None:
    assert found(tmp_path, {FILE: HEAD + "status: inactive\n"}, "NZ216") == [
        (FILE, 5, 9, "error")]


def test_an_active_collection_with_a_date_is_an_error_at_the_key(tmp_path: Path) -> None:
    text = HEAD + "status: active\ninactive_since: 2024-06-30\n"
    assert found(tmp_path, {FILE: text}, "NZ216") == [(FILE, 6, 1, "error")]


def test_an_impossible_date_is_an_error(tmp_path: Path) -> None:
    text = HEAD + "status: inactive\ninactive_since: 2023-02-29\n"
    assert found(tmp_path, {FILE: text}, "NZ216") == [(FILE, 6, 17, "error")]


def test_a_future_date_is_an_error_as_of_nzconfig_today(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = HEAD + "status: inactive\ninactive_since: 2024-06-30\n"
    monkeypatch.setenv("NZCONFIG_TODAY", "2024-06-29")
    assert found(tmp_path, {FILE: text}, "NZ216") == [(FILE, 6, 17, "error")]
    monkeypatch.setenv("NZCONFIG_TODAY", "2024-06-30")
    assert found(tmp_path, {FILE: text}, "NZ216") == []


def test_a_waiver_with_a_reason_takes_the_finding(tmp_path: Path) -> None:
    waivers = ("waivers:\n  - rule: NZ216\n    collection: Old (TST)\n"
               "    reason: the seed gives no date\n    expires: 2027-12-31\n")
    files = {FILE: HEAD + "status: inactive\n", "policies/waivers.yaml": waivers}
    assert found(tmp_path, files, "NZ216") == []
