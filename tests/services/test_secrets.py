"""services/secrets: one masking function for every client's messages, one rule for where a
secret goes."""

from __future__ import annotations

import pytest

from nzconfig.services.secrets import hide, may_carry_secrets


def test_every_secret_is_hidden_as_it_is_and_url_encoded() -> None:
    text = "key=ab/c+d&id=ab%2Fc%2Bd, again ab/c+d; token tok"
    assert hide(text, ["ab/c+d", "tok", ""], "[x]") == "key=[x]&id=[x], again [x]; [x]en [x]"


def test_the_longer_of_two_overlapping_secrets_goes_first() -> None:
    assert hide("secret-and-more", ["secret", "secret-and-more"], "*") == "*"


@pytest.mark.parametrize(("url", "allowed"), [
    ("https://example.org/x", True),
    ("http://127.0.0.1:8080", True),
    ("http://localhost/x", True),
    ("http://[::1]:9/", True),
    ("http://example.org", False),
    ("https://", False),
    ("ftp://127.0.0.1", False),
    ("example.org", False),
])
def test_secrets_travel_by_https_or_to_this_machine(url: str, allowed: bool) -> None:
    assert may_carry_secrets(url) is allowed
