"""policies/alma.yaml and $ALMA_API_URL (services.alma.settings)."""

from __future__ import annotations

import pytest

from nzconfig.core.errors import FatalError
from nzconfig.services.alma.settings import Settings, settings


def test_defaults_for_an_absent_policy() -> None:
    got = settings({}, {})
    assert got == Settings("https://api-na.hosted.exlibrisgroup.com")
    assert (got.rate_limit, got.attempts, got.max_share_changed) == (5.0, 4, 0.25)


def test_the_policy_values_and_the_group_mapping_both_ways() -> None:
    got = settings({"region": "eu", "groups": {"AAA": "G1", "BBB": "G2"}, "rate_limit": 2,
                    "reserve": 10, "timeout_seconds": 3,
                    "retries": {"attempts": 2, "backoff_seconds": 0.5, "max_wait_seconds": 9},
                    "guard": {"max_share_changed": 0.5, "max_access_removed": 1},
                    "inheritance_table": "T"}, {})
    assert got.base_url == "https://api-eu.hosted.exlibrisgroup.com"
    assert (got.rate_limit, got.reserve, got.timeout, got.attempts, got.backoff,
            got.max_wait, got.max_share_changed, got.max_access_removed,
            got.inheritance_table) == (2.0, 10, 3.0, 2, 0.5, 9.0, 0.5, 1, "T")
    assert (got.group("AAA"), got.group("CCC")) == ("G1", "CCC")
    assert (got.member("G2"), got.member("XX")) == ("BBB", "XX")


@pytest.mark.parametrize(("url", "base"), [
    ("https://alma.example.org", "https://alma.example.org"),
    ("https://alma.example.org/almaws/v1/", "https://alma.example.org"),
    ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
    ("http://localhost:1/almaws/v1", "http://localhost:1"),
])
def test_the_url_from_the_environment(url: str, base: str) -> None:
    assert settings({"region": "eu"}, {"ALMA_API_URL": url}).base_url == base


@pytest.mark.parametrize(("url", "message"), [
    ("ftp://alma.example.org", "is not an http(s) address"),
    ("alma.example.org", "is not an http(s) address"),
    ("http://alma.example.org", "is plain http; the API key would travel unencrypted"),
    ("https://alma.example.org/other", "give the gateway only"),
    ("https://alma.example.org/?x=1", "give the gateway only"),
])
def test_a_bad_url_is_fatal(url: str, message: str) -> None:
    with pytest.raises(FatalError) as caught:
        settings({}, {"ALMA_API_URL": url})
    assert caught.value.message.startswith("ALMA_API_URL: ") and message in \
        caught.value.message
