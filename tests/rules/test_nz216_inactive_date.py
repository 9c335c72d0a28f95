from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from nzconfig.engine.validate import validate
from tests.support.repos import build

FILE = "collections/old-tst.yaml"
HEAD = ("name: Old (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"
        "members: []\n")


def _nz216(repo: Path, today: date | None = None) -> list[tuple[str, int, int]]:
    return [(d.file, d.line, d.column) for d in validate(repo, today=today).diagnostics
            if d.rule == "NZ216"]


def test_a_future_date_is_an_error_as_of_nzconfig_today(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = build(tmp_path, {FILE: HEAD + "status: inactive\ninactive_since: 2024-06-30\n"})
    monkeypatch.setenv("NZCONFIG_TODAY", "2024-06-29")
    assert _nz216(repo) == [(FILE, 6, 17)]
    monkeypatch.setenv("NZCONFIG_TODAY", "2024-06-30")
    assert _nz216(repo) == []


def test_the_day_validate_is_given_dates_the_rule(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = build(tmp_path, {FILE: HEAD + "status: inactive\ninactive_since: 2024-06-30\n"})
    monkeypatch.setenv("NZCONFIG_TODAY", "2030-01-01")  # the library's argument comes first
    assert _nz216(repo, date(2024, 6, 29)) == [(FILE, 6, 17)]
    assert _nz216(repo, date(2024, 6, 30)) == []
