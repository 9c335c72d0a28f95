"""The apply journal (services.alma.journal)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from nzconfig.services.alma.journal import Journal, applied, default_path
from nzconfig.services.alma.keys import MASK

KEY = "l8xxJournalKey0123456789"


def test_lines_are_stamped_sorted_json_without_keys(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALMA_API_KEY", KEY)
    path = tmp_path / "deep" / "j.jsonl"
    with Journal(path) as journal:
        journal.log(call="GET", url=f"https://x/?apikey={KEY}")
        journal.log(call="PUT", outcome="confirmed", collection="1", changes=[{"f": "é"}])
    lines = path.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first) == ["call", "time", "url"] and first["url"] == f"https://x/?apikey={MASK}"
    assert first["time"].endswith("Z") and "é" in lines[1]
    assert KEY not in path.read_text(encoding="utf-8")


def test_applied_keeps_the_confirmed_puts_in_order(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    entries = [{"call": "GET"}, {"call": "PUT", "outcome": "refused", "collection": "1"},
               {"call": "PUT", "outcome": "confirmed", "collection": "2", "changes": []},
               {"call": "PUT", "outcome": "confirmed", "collection": "3", "changes": [1]}]
    path.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")
    assert [e["collection"] for e in applied(path)] == ["2", "3"]


@pytest.mark.parametrize(("text", "message"), [
    ('{"call": "GET"}\nnot json\n', ":2: not a journal line (JSON expected)"),
    ('{"call": "PUT", "outcome": "confirmed", "collection": "1"}\n',
     ":1: a PUT line without its changes"),
    ('{"call": "PUT", "outcome": "confirmed", "changes": []}\n',
     ":1: a PUT line without its changes"),
])
def test_a_damaged_journal_is_refused_at_its_line(tmp_path: Path, text: str,
                                                  message: str) -> None:
    path = tmp_path / "j.jsonl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FatalError) as caught:
        applied(path)
    assert caught.value.message == f"{path}{message}"


def test_a_missing_journal_and_the_default_path(tmp_path: Path) -> None:
    with pytest.raises(FatalError, match="the journal cannot be read"):
        applied(tmp_path / "none.jsonl")
    path = default_path(tmp_path)
    assert path.parent == tmp_path / ".nzconfig"
    assert path.name.startswith("alma-apply-") and path.name.endswith("Z.jsonl")


def test_a_journal_that_is_no_regular_file_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "journal.jsonl"
    os.mkfifo(fifo)  # nothing ever writes to it: reading it as a stream would wait forever
    with pytest.raises(FatalError, match="cannot be read"):
        applied(fifo)
    with pytest.raises(FatalError, match="cannot be read"):
        applied(Path("/dev/zero"))
