"""Any damage to a COUNTER report gives diagnostics, never a traceback: the fixtures with
bytes replaced, removed or inserted, lines dropped or swapped, still read to the end or
raise CounterError, and every diagnostic has a position inside the file (or 0 for the
whole file)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nzconfig.domain.counter import CounterError, open_report
from tests.domain.counter.reports import BLUE_TSV, RED_JSON, YELLOW_JSON
from tests.support.profile import examples

SOURCES = {p.suffix: p.read_bytes() for p in (BLUE_TSV, RED_JSON)}
SOURCES[".r51.json"] = YELLOW_JSON.read_bytes()
NASTY = [b"\t", b",", b'"', b"\r", b"\n", b"\0", b"\xff", b"{", b"]", b"-1", b"1.5", b"x",
         b"; ", b"=", b"|", b"\xef\xbb\xbf", b"NaN", b"99999999999999999999999"]


@st.composite
def damaged(draw: st.DrawFn) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from(sorted(SOURCES)))
    data = bytearray(SOURCES[suffix])
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["replace", "delete", "insert", "drop-line", "swap"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "replace":
            piece = draw(st.sampled_from(NASTY))
            data[at:at + len(piece)] = piece
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif kind == "insert":
            data[at:at] = draw(st.sampled_from(NASTY))
        else:
            lines = bytes(data).split(b"\n")
            i = draw(st.integers(0, len(lines) - 1))
            if kind == "drop-line":
                del lines[i]
            else:
                j = draw(st.integers(0, len(lines) - 1))
                lines[i], lines[j] = lines[j], lines[i]
            data = bytearray(b"\n".join(lines))
    return suffix.removeprefix(".r51"), bytes(data)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(case=damaged())
def test_damage_gives_diagnostics_never_a_traceback(tmp_path: Path,
                                                    case: tuple[str, bytes]) -> None:
    suffix, data = case
    path = tmp_path / f"report{suffix}"
    path.write_bytes(data)
    lines = data.count(b"\n") + 1
    try:
        with open_report(path, path.name) as report:
            list(report.records)
            found = report.problems
    except CounterError as exc:
        found = exc.diagnostics
        assert found
    for d in found:
        assert d.rule in ("NZ506", "NZ509") and d.file == path.name
        assert 0 <= d.line <= lines + 1 and d.column >= 0
