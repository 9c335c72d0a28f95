"""UTS #39 skeletons from Unicode's confusables data."""

from __future__ import annotations

from nzconfig.domain.confusables import ASCII, _prototypes, skeleton


def test_the_ascii_fast_path_is_the_data() -> None:
    assert {k: v for k, v in _prototypes().items() if k.isascii()} == ASCII


def test_look_alikes_share_a_skeleton() -> None:
    assert skeleton("JST\u041eR (WRLC)") == skeleton("JSTOR (WRLC)") == skeleton("JST0R (WRLC)")
    assert skeleton("rn") == skeleton("m")
    assert skeleton("\u0456nfo") == skeleton("info")  # Cyrillic i
    assert skeleton("Books") != skeleton("Boks")
