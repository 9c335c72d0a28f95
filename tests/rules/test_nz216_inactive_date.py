from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.repos import found

FILE = "collections/old-tst.yaml"
HEAD = ("name: Old (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"
        "members: []\n")


def test_a_future_date_is_an_error_as_of_nzconfig_today(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = HEAD + "status: inactive\ninactive_since: 2024-06-30\n"
    monkeypatch.setenv("NZCONFIG_TODAY", "2024-06-29")
    assert found(tmp_path, {FILE: text}, "NZ216") == [(FILE, 6, 17, "error")]
    monkeypatch.setenv("NZCONFIG_TODAY", "2024-06-30")
    assert found(tmp_path, {FILE: text}, "NZ216") == []
