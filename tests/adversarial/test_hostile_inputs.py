"""Hostile and broken inputs through the real CLI: a clean diagnostic, never a traceback.

Each case writes one file (collections/x.yaml, unless it says otherwise) into a small valid
repository, runs `nzconfig validate` and checks: exit 1 or 2, nothing on stderr that looks
like a traceback, the expected rule at the expected position (where the input has one).
The cases that are hostile by size, depth or a blocking read run in a fresh process within
a time and a memory bound (`validate`); the merely malformed ones in-process (`validated`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.cli import _LINE, run_cli
from tests.support.measure import measured as fresh_process
from tests.support.repos import collection, make_repo

SECONDS = 20.0  # wall-time bound per run (a normal run takes a fifth of a second)
MAX_RSS_MB = 400  # peak resident memory bound per run
TARGET = "collections/x.yaml"


@dataclass(frozen=True)
class Ran:
    code: int
    output: str

    def find(self, rule: str, file: str = TARGET) -> tuple[int, int]:
        """The (line, column) of the first ``rule`` diagnostic about ``file``."""
        for line in self.output.splitlines():
            match = _LINE.match(line)
            if match and match["rule"] == rule and match["file"] == file:
                return int(match["line"]), int(match["column"])
        raise AssertionError(f"no {rule} diagnostic for {file}:\n{self.output[:3000]}")


@dataclass(frozen=True)
class Measured(Ran):
    seconds: float
    rss_mb: float


def validated(repo: Path) -> Ran:
    """`nzconfig validate repo` in-process (run_cli); stdout and stderr together."""
    done = run_cli("validate", repo)
    return Ran(done.code, done.stdout + done.stderr)


def validate(repo: Path) -> Measured:
    """`nzconfig validate repo` in a fresh process, with its wall time and peak memory."""
    run = fresh_process("validate", repo, kill_after=SECONDS * 3, stdin_null=False)
    assert "Traceback" not in run.output, run.output[-3000:]
    return Measured(run.code, run.output, run.seconds, run.rss_mb)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path / "repo", [collection("Shared Books (TST)", ["AAA"])])


def laughs() -> bytes:
    lines = [b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]".encode())
    return b"\n".join(lines) + b"\n"


def long_line() -> bytes:
    return (b'{name: "Shared Films (TST)", managed_via: community_zone, '
            b'access_type: subscription, members: [AAA], notes: "'
            + b"x" * 9_000_000 + b'", bogus: 1}\n')


# name -> (the file's content, made on demand so that the test process stays small: a
# forked child's peak memory counts the parent's; rule; (line, column), or None when the
# finding is about the whole file)
CASES: dict[str, tuple[Callable[[], bytes], str, tuple[int, int] | None]] = {
    "billion-laughs": (laughs, "NZ004", (1, 4)),
    "deep-flow-lists": (lambda: b"name: " + b"[" * 10_000 + b"]" * 10_000 + b"\n",
                        "NZ011", (1, 71)),
    "deep-flow-maps": (lambda: b"name: " + b"{a: " * 10_000 + b"1" + b"}" * 10_000 + b"\n",
                       "NZ011", (1, 263)),
    "deep-block-maps": (lambda: b"".join(b" " * i + b"k:\n" for i in range(1_000)),
                        "NZ011", (66, 66)),
    "fifty-megabytes": (lambda: b"name: x\nnotes: '" + b"a" * (50 * 1024 * 1024) + b"'\n",
                        "NZ010", None),
    "invalid-utf8": (lambda: b"name: caf\xe9 (TST)\n", "NZ005", (1, 10)),
    "utf16-bom": (lambda: "\ufeffname: x\n".encode("utf-16-le"), "NZ005", (1, 1)),
    "utf16-big-endian-bom": (lambda: "\ufeffname: x\n".encode("utf-16-be"), "NZ005", (1, 1)),
    "utf16-no-bom": (lambda: "name: x\n".encode("utf-16-le"), "NZ005", (1, 1)),
    "nul-byte": (lambda: b"name: x\nnotes: a\x00b\n", "NZ006", (2, 9)),
    "tab-indentation": (lambda: b"name: x\nmembers:\n\t- AAA\n", "NZ001", (3, 1)),
    "python-object-apply": (lambda: b'name: !!python/object/apply:os.system ["echo hi"]\n',
                            "NZ003", (1, 7)),
    "merge-key": (lambda: b"base: &b {access_type: subscription}\n<<: *b\nname: x\n",
                  "NZ012", (2, 1)),
    "duplicate-key": (lambda: b"name: x\nmembers: [AAA]\nname: y\n", "NZ002", (3, 1)),
    "crlf-unknown-key": (lambda: b"name: Shared Films (TST)\r\nmanaged_via: community_zone\r\n"
                         b"access_type: subscription\r\nmembers:\r\n  - AAA\r\nbogus: 1\r\n",
                         "NZ102", (6, 1)),
    "crlf-bad-value": (lambda: b"name: Shared Films (TST)\r\nmanaged_via: community_zone\r\n"
                       b"access_type: subscriptio\r\nmembers: [AAA]\r\n", "NZ101", (3, 14)),
    "one-huge-line": (long_line, "NZ102", (1, long_line().index(b"bogus") + 1)),
    # Five million one-letter values in 10 MB: refused while parsing (it took 21 GB before).
    "millions-of-tiny-values": (lambda: b"members: [" + b"a," * 5_000_000 + b"a]\n",
                                "NZ017", None),
    "tagged-tiny-values": (lambda: b"members: [" + b"!!str a," * 1_000_000 + b"a]\n",
                           "NZ017", None),
}


# Hostile by size or depth: in a fresh process, within the time and memory bounds.
BOUNDED = {"billion-laughs", "deep-flow-lists", "deep-flow-maps", "deep-block-maps",
           "fifty-megabytes", "one-huge-line", "millions-of-tiny-values", "tagged-tiny-values"}


@pytest.mark.parametrize("case", sorted(BOUNDED))
def test_hostile_file(case: str, repo: Path) -> None:
    content, rule, position = CASES[case]
    (repo / TARGET).write_bytes(content())
    run = validate(repo)
    assert run.code in (1, 2), run.output[-2000:]
    found = run.find(rule)
    assert found == (position or (1, 1)), run.output[-2000:]
    assert run.seconds < SECONDS
    assert run.rss_mb < MAX_RSS_MB


@pytest.mark.parametrize("case", sorted(set(CASES) - BOUNDED))
def test_malformed_file(case: str, repo: Path) -> None:
    content, rule, position = CASES[case]
    (repo / TARGET).write_bytes(content())
    run = validated(repo)
    assert run.code in (1, 2), run.output[-2000:]
    assert run.find(rule) == (position or (1, 1)), run.output[-2000:]


def test_tab_indentation_gets_a_hint(repo: Path) -> None:
    (repo / TARGET).write_bytes(CASES["tab-indentation"][0]())
    assert "hint: indent with spaces" in validated(repo).output


def _symlink_outside(repo: Path) -> None:
    outside = repo.parent / "outside.yaml"
    outside.write_text("name: Outside (TST)\n", encoding="utf-8")
    (repo / TARGET).symlink_to(outside)


def _symlink_loop(repo: Path) -> None:
    (repo / TARGET).symlink_to("x.yaml")


def _dangling_symlink(repo: Path) -> None:
    (repo / TARGET).symlink_to("missing.yaml")


def _directory(repo: Path) -> None:
    (repo / TARGET).mkdir()


def _fifo(repo: Path) -> None:
    # A reader of a FIFO waits for a writer forever; the loader must not open it blocking.
    os.mkfifo(repo / TARGET)


# name -> (how to make it, rule, message fragment)
FILESYSTEM: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "symlink-outside": (_symlink_outside, "NZ014", "outside the repository"),
    "symlink-loop": (_symlink_loop, "NZ010", "cannot be read"),
    "dangling-symlink": (_dangling_symlink, "NZ010", "cannot be read"),
    "directory-named-yaml": (_directory, "NZ010", "is a directory"),
    "fifo": (_fifo, "NZ010", "not a regular file"),
}


@pytest.mark.parametrize("case", sorted(FILESYSTEM))
def test_filesystem_oddity(case: str, repo: Path) -> None:
    make, rule, fragment = FILESYSTEM[case]
    make(repo)
    # A FIFO would block a reader that opens it waiting: in a process of its own, bounded.
    run = validate(repo) if case == "fifo" else validated(repo)
    assert run.code == 1, run.output
    assert run.find(rule) == (1, 1)
    assert fragment in run.output


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root reads a chmod 000 file anyway; the FIFO case covers a file "
                           "that cannot be read normally")
def test_unreadable_file(repo: Path) -> None:
    (repo / TARGET).write_text("name: x\n", encoding="utf-8")
    (repo / TARGET).chmod(0)
    try:
        run = validated(repo)
    finally:
        (repo / TARGET).chmod(0o644)
    assert run.code == 1
    assert run.find("NZ010") == (1, 1)
    assert "Permission denied" in run.output


def test_unreadable_policy_file_is_fatal(repo: Path) -> None:
    """A policy file that cannot be loaded stops the run (exit 2), still positioned."""
    (repo / "policies" / "network.yaml").unlink()
    (repo / "policies" / "network.yaml").mkdir()
    run = validated(repo)
    assert run.code == 2
    assert run.find("NZ010", "policies/network.yaml") == (1, 1)


def test_pure_python_composer_refuses_deep_nesting_too() -> None:
    """Without libyaml the composer recurses per level; that must still be a diagnostic."""
    from nzconfig.loading.compose import PyComposer
    from nzconfig.loading.loader import load_text

    result = load_text("name: " + "[" * 10_000 + "]" * 10_000 + "\n", "x.yaml", PyComposer)
    assert isinstance(result, list)
    assert [d.rule for d in result] == ["NZ011"]


def test_nan_where_a_minimum_applies(repo: Path) -> None:
    """python-jsonschema cannot order a NaN against a minimum; that is a finding, not a crash."""
    (repo / "institutions" / "AAA.yaml").write_text(
        "code: AAA\nname: AAA Library\nfte:\n  '2024': .nan\n", encoding="utf-8")
    run = validated(repo)
    assert run.code == 1
    assert run.find("NZ101", "institutions/AAA.yaml") == (4, 11)


def test_a_hundred_thousand_schema_errors_are_capped(repo: Path) -> None:
    """Just under the value limit, every value wrong: the first 1,000 errors and a summary."""
    (repo / TARGET).write_bytes(
        b"name: Wide (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"
        b"members: [" + b"a," * 98_999 + b"a]\n")
    run = validate(repo)
    assert run.code == 1
    assert f"{TARGET}:4:11: error [NZ101]" in run.output
    assert "more than 1,000 schema errors; the first 1,000 are shown" in run.output
    assert run.output.count("[NZ101]") == 1_001
    assert run.seconds < SECONDS
    assert run.rss_mb < MAX_RSS_MB


@pytest.mark.parametrize(("name", "shown"), [
    (b"\xff\xfe.yaml", "collections/\\xff\\xfe.yaml"),  # not UTF-8
    (b"a\nb.yaml", "collections/a\\x0ab.yaml"),  # a newline would split a report line
])
def test_file_name_no_report_can_carry(repo: Path, name: bytes, shown: str) -> None:
    path = os.path.join(os.fsencode(repo / "collections"), name)
    with open(path, "wb") as stream:
        stream.write(b"name: x\n")
    run = validated(repo)
    assert run.code == 1
    assert run.find("NZ018", shown) == (1, 1)
    # render --force used to fail encoding the name into its pages (run_cli raises it).
    assert run_cli("render", repo, "--out", repo.parent / "site", "--force").code == 0
