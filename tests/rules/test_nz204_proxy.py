from __future__ import annotations

from pathlib import Path

from tests.rules.policyrepo import BASE, found

FILE = "collections/books-tst.yaml"
TEXT = ("name: Books (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"
        "members: [AAA]\nproxy: {proxy}\n")


def test_the_default_profile_or_none_passes(tmp_path: Path) -> None:
    assert found(tmp_path / "a", {FILE: TEXT.format(proxy="default")}, "NZ204") == []
    assert found(tmp_path / "b", {FILE: TEXT.format(proxy="none")}, "NZ204") == []


def test_another_profile_is_an_error_at_the_proxy(tmp_path: Path) -> None:
    assert found(tmp_path, {FILE: TEXT.format(proxy="ezproxy-aaa")}, "NZ204") == [
        (FILE, 5, 8, "error")]


def test_the_allowed_profiles_come_from_the_policy(tmp_path: Path) -> None:
    network = BASE["policies/network.yaml"].replace(
        "proxy_profiles: [default, none]", "proxy_profiles: [default, none, ezproxy-aaa]")
    files = {FILE: TEXT.format(proxy="ezproxy-aaa"), "policies/network.yaml": network}
    assert found(tmp_path, files, "NZ204") == []
