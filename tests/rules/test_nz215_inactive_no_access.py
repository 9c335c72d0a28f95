from __future__ import annotations

from pathlib import Path

from tests.rules.policyrepo import found

FILE = "collections/old-tst.yaml"
HEAD = ("name: Old (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"
        "status: inactive\ninactive_since: 2024-06-30\n")


def test_an_inactive_collection_without_members_passes(tmp_path: Path) -> None:
    assert found(tmp_path, {FILE: HEAD + "members: []\n"}, "NZ215") == []


def test_an_inactive_collection_with_members_warns_at_members(tmp_path: Path) -> None:
    assert found(tmp_path, {FILE: HEAD + "members: [AAA]\n"}, "NZ215") == [
        (FILE, 6, 1, "warning")]


def test_an_active_collection_with_members_passes(tmp_path: Path) -> None:
    text = HEAD.replace("status: inactive\ninactive_since: 2024-06-30\n", "") + "members: [AAA]\n"
    assert found(tmp_path, {FILE: text}, "NZ215") == []


def test_severity_can_be_raised_to_error(tmp_path: Path) -> None:
    files = {FILE: HEAD + "members: [AAA]\n",
             "policies/rules.yaml": "rules:\n  NZ215: {severity: error}\n"}
    assert found(tmp_path, files, "NZ215") == [(FILE, 6, 1, "error")]
