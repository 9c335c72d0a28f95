from __future__ import annotations

from pathlib import Path

from tests.rules.policyrepo import BASE, found, run

FILE = "collections/free-tst.yaml"
HEAD = "name: Free (TST)\nmanaged_via: community_zone\naccess_type: open_access\n"


def test_two_participating_members_pass(tmp_path: Path) -> None:
    assert found(tmp_path, {FILE: HEAD + "members: [AAA, BBB]\n"}, "NZ207") == []


def test_one_member_is_an_error_at_members(tmp_path: Path) -> None:
    files = {FILE: HEAD + "members: [AAA]\n"}
    assert found(tmp_path, files, "NZ207") == [(FILE, 4, 1, "error")]
    [d] = [d for d in run(tmp_path, files).diagnostics if d.rule == "NZ207"]
    assert "AAA" in (d.hint or "")


def test_subscriptions_and_inactive_collections_are_not_checked(tmp_path: Path) -> None:
    files = {FILE: HEAD + "members: [AAA]\nstatus: inactive\n",
             "collections/paid-tst.yaml": HEAD.replace("open_access", "subscription").replace(
                 "Free", "Paid") + "members: [AAA]\n"}
    assert found(tmp_path, files, "NZ207") == []


def test_the_threshold_comes_from_the_policy(tmp_path: Path) -> None:
    policy = BASE["policies/open-access.yaml"].replace(
        "participation:\n  min_members: 2", "participation:\n  min_members: 3")
    files = {FILE: HEAD + "members: [AAA, BBB]\n", "policies/open-access.yaml": policy}
    assert found(tmp_path, files, "NZ207") == [(FILE, 4, 1, "error")]
