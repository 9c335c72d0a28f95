"""Alma's JSON and the repository's fields, both ways."""

from __future__ import annotations

from typing import Any

from nzconfig.services.alma.mapping import Remote, fields, remote, removed_groups, updated
from nzconfig.services.alma.settings import settings
from tests.services.alma_emulator import alma_collection, alma_service

SETTINGS = settings({"groups": {"GWA": "GWA_GROUP"}}, {})
CDI = {"cdi_search_activation_status": True,
       "subscribe_to_only_some_titles_in_the_collection": False}


def collection() -> dict[str, Any]:
    obj = alma_collection("61", "X (WRLC)", ["AMU", "GWA_GROUP"], open_access=True,
                          linking={"level": "book", "method": "link_in_record"}, cdi=CDI)
    obj["unknown_field"] = {"value": "kept"}
    return obj


def test_remote_reads_the_repository_fields() -> None:
    r = remote(collection(), [alma_service("61", active=False, level="book")], SETTINGS)
    assert r == Remote(
        alma_id="61", name="X (WRLC)", public_name=None, access_type="open_access",
        status="inactive", linking={"level": "book", "method": "link_in_record"},
        proxy="default", members=("AMU", "GWA"), group_settings={},
        cdi={"AMU": CDI, "GWA": CDI})


def test_no_service_means_status_and_level_unknown() -> None:
    r = remote(collection(), [], SETTINGS)
    assert r.status is None and r.linking is None


def test_text_from_alma_is_one_bounded_line() -> None:
    obj = collection()
    obj["public_name"] = "Evil\nname\x1b[31m (WRLC)" + "x" * 5000
    name = remote(obj, [], SETTINGS).name
    assert "\n" not in name and "\x1b" not in name and len(name) <= 1000
    assert name.startswith("Evil name [31m (WRLC)")


def test_updated_changes_only_the_planned_fields() -> None:
    obj = collection()
    new = updated(obj, {"members": ["AMU", "CAA"], "proxy": "none", "public_name": None},
                  SETTINGS)
    assert new["unknown_field"] == {"value": "kept"}
    assert new["public_name_override"] == ""  # cleared with an empty string, not left out
    assert new["proxy_enabled"] == {"value": "false"}
    groups = [g["group"]["value"] for g in new["group_settings"]["group_setting"]]
    assert groups == ["AMU", "CAA"]  # GWA (group GWA_GROUP) removed, CAA added empty
    assert new["group_settings"]["group_setting"][0] == obj["group_settings"][
        "group_setting"][0]  # AMU's setting, CDI values and all, untouched
    assert fields(remote(new, [], SETTINGS))["members"] == ["AMU", "CAA"]
    assert [g["group"]["value"] for g in removed_groups(obj, new)] == ["GWA_GROUP"]
    assert obj["proxy_enabled"] == {"value": "true", "desc": "Yes"}  # the input is a copy


def test_group_settings_and_restoring_a_removed_group() -> None:
    obj = collection()
    gone = removed_groups(obj, updated(obj, {"members": ["AMU"]}, SETTINGS))
    back = updated(updated(obj, {"members": ["AMU"]}, SETTINGS), {"members": ["AMU", "GWA"]},
                   SETTINGS, gone)
    assert back["group_settings"] == obj["group_settings"]
    own = updated(obj, {"group_settings": {"GWA": {"proxy": "EZ", "public_name": "X at GW"}}},
                  SETTINGS)
    assert remote(own, [], SETTINGS).group_settings == {
        "GWA": {"proxy": "EZ", "public_name": "X at GW"}}
