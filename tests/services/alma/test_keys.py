"""API keys from the environment, never in any output (services.alma.keys)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from nzconfig.core.diagnostics import Diagnostic, Severity
from nzconfig.core.errors import FatalError
from nzconfig.services.alma.keys import MASK, member_key, nz_key, scrub, scrubbed, secrets

KEY = "l8xxAbCdEfGh0123456789"
OTHER = "l8xxMemberKey9876543210"


def test_the_nz_key_from_the_variable_or_a_file(tmp_path: Path) -> None:
    assert nz_key({"ALMA_API_KEY": f" {KEY}\n"}) == KEY
    file = tmp_path / "key"
    file.write_text(KEY + "\n")
    assert nz_key({"ALMA_API_KEY_FILE": str(file)}) == KEY
    assert nz_key({"ALMA_API_KEY": OTHER, "ALMA_API_KEY_FILE": str(file)}) == OTHER


@pytest.mark.parametrize(("env", "message"), [
    ({}, "no Alma API key: set ALMA_API_KEY"),
    ({"ALMA_API_KEY": "short"}, "ALMA_API_KEY does not hold an API key"),
    ({"ALMA_API_KEY": "has a space in it"}, "ALMA_API_KEY does not hold an API key"),
    ({"ALMA_API_KEY_FILE": "/nonexistent/key"}, "ALMA_API_KEY_FILE: the key file "),
])
def test_a_missing_or_malformed_key_is_fatal(env: dict[str, str], message: str) -> None:
    with pytest.raises(FatalError) as caught:
        nz_key(env)
    assert caught.value.message.startswith(message)


def test_a_fifo_key_file_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(FatalError, match="ALMA_API_KEY_FILE: the key file "):
        nz_key({"ALMA_API_KEY_FILE": str(fifo)})


def test_member_keys() -> None:
    env = {"ALMA_API_KEY_AAA": OTHER, "ALMA_API_KEY_BBB": "  "}
    assert member_key("AAA", env) == OTHER
    assert member_key("BBB", env) is None and member_key("CCC", env) is None
    with pytest.raises(FatalError, match="ALMA_API_KEY_AAA does not hold"):
        member_key("AAA", {"ALMA_API_KEY_AAA": "bad key"})


def test_secrets_are_every_key_longest_first_and_scrub_masks_them(tmp_path: Path) -> None:
    file = tmp_path / "key"
    file.write_text("l8xxFromTheFile00\n")
    env = {"ALMA_API_KEY": KEY, "ALMA_API_KEY_AAA": OTHER, "ALMA_API_KEY_FILE": str(file),
           "ALMA_API_KEY_X": "abc", "OTHER": "l8xxNotAKeyVariable"}
    assert secrets(env) == [OTHER, KEY, "l8xxFromTheFile00"]
    assert scrub(f"url?key={KEY}&b={OTHER} l8xxNotAKeyVariable abc", env) == (
        f"url?key={MASK}&b={MASK} l8xxNotAKeyVariable abc")
    assert secrets({"ALMA_API_KEY_FILE": "/nonexistent"}) == []


def test_scrubbed_blanks_keys_in_whatever_escapes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALMA_API_KEY", KEY)
    monkeypatch.delenv("NZCONFIG_DEBUG", raising=False)
    finding = Diagnostic("NZ401", Severity.ERROR, "f", 1, 1, f"m {KEY}", hint=f"h {KEY}")
    with pytest.raises(FatalError) as fatal, scrubbed():
        raise FatalError(f"bad {KEY}", [finding])
    assert fatal.value.message == f"bad {MASK}"
    assert (fatal.value.diagnostics[0].message, fatal.value.diagnostics[0].hint) == (
        f"m {MASK}", f"h {MASK}")
    with pytest.raises(RuntimeError) as bug, scrubbed():
        raise ValueError(f"oops {KEY}")
    assert str(bug.value) == f"ValueError: oops {MASK}"
    with pytest.raises(SystemExit), scrubbed():
        raise SystemExit(3)
