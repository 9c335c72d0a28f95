"""Policy patterns that could backtrack catastrophically are refused before they run."""

from __future__ import annotations

import pytest

from nzconfig.core.patterns import backtracking_risk


@pytest.mark.parametrize("pattern", [
    r"(a+)+$", r"(\w+\s?)+$", r"(a*b?)*c", r"(x{1,3})+", r"(a|ab)*c", r"(?:ab|cd)+",
    r"(a*)\1", r"a*a*b", r".*x?.*", "a" * 1_001, r"a*b.*c.*d.*e.*",
])
def test_refused(pattern: str) -> None:
    assert backtracking_risk(pattern) is not None


@pytest.mark.parametrize("pattern", [
    r"/login\?(?:url|qurl)=", r"^https?://[^/]*\.ezproxy\.", r"^https?://0-",
    r"//go\.openathens\.net/redirector/", r"^https?://[^/]*\.ezproxy\.[^/]*/",
    r"x{1,3}y", r"(?:ab){2,5}", r"[a-z]+\.[a-z]+", r"(?:proxy|login)\.example\.edu",
    r"(?:a|b)+",  # a character class once parsed
    r"[",  # not a pattern at all: re.compile reports it
])
def test_accepted(pattern: str) -> None:
    assert backtracking_risk(pattern) is None
