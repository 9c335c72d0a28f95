"""A collection's file name follows from its name (rule NZ154)."""

from __future__ import annotations

from nzconfig.domain.naming import collection_file_name, slug


def test_file_names_are_ascii_slugs() -> None:
    assert collection_file_name("JSTOR Open Access (WRLC)") == "jstor-open-access-wrlc.yaml"
    assert slug("Éditions & Cie") == "editions-cie"
    assert collection_file_name("¿?") == "collection.yaml"
