"""The Alma client through the CLI and directly: keys, paging, retries, limits, errors."""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from nzconfig.services.alma.client import AlmaError, Client
from nzconfig.services.alma.fetch import read_collections
from nzconfig.services.alma.settings import settings
from tests.services.alma.helpers import run, with_member_keys
from tests.services.alma_emulator import (
    NZ_READ_KEY,
    NZ_WRITE_KEY,
    Emulator,
    Fault,
    State,
    alma_collection,
    collection_id,
    member_key,
)
from tests.services.conftest import collection_files, shipped, start
from tests.support.cli import run_cli


def fast(url: str, **policy: object) -> Client:
    data = {"rate_limit": 1000, "reserve": 0, "timeout_seconds": 2,
            "retries": {"attempts": 3, "backoff_seconds": 0.01, "max_wait_seconds": 1}}
    data.update(policy)
    return Client(settings(data, {"ALMA_API_URL": url}), NZ_READ_KEY)


def policy(repo: Path, line: str) -> None:
    path = repo / "policies" / "alma.yaml"
    key = line.split(":")[0]
    kept = [x for x in path.read_text().splitlines() if not x.startswith(key + ":")]
    path.write_text("\n".join([*kept, line]) + "\n")


def test_paging_reads_to_total_record_count_100_at_a_time() -> None:
    with Emulator() as alma:
        alma.add_keys([])
        alma.state.threshold = 10**6
        for i in range(1, 251):
            alma.state.collections[collection_id(i)] = alma_collection(
                collection_id(i), f"C{i} (WRLC)", [], open_access=True,
                linking={"level": "book", "method": "link_resolver"}, cdi={})
        with fast(alma.url) as client:
            records = list(client.pages("electronic/e-collections", "electronic_collection"))
        assert len(records) == 250 and len({r["id"] for r in records}) == 250
        assert alma.total_requests() == math.ceil(250 / 100) == 3


def test_alma_error_bodies_in_plain_words() -> None:
    with Emulator() as alma:
        alma.add_keys([])
        with fast(alma.url) as client, pytest.raises(AlmaError) as caught:
            client.get("electronic/e-collections/123")
    assert caught.value.message == (
        "Alma (the Network Zone) refused GET /almaws/v1/electronic/e-collections/123 "
        "(HTTP 400): The Collection ID was not found. (Alma error 60121)")


def test_429_and_5xx_are_retried(repo: Path, alma: Emulator) -> None:
    alma.inject(Fault(429, times=2, path="e-collections", retry_after="0"))
    alma.inject(Fault(503, times=2, path="e-services", code="UNAVAILABLE",
                      message="Service unavailable"))
    code, out = run("drift", str(repo))
    assert code == 0, out


@pytest.mark.parametrize("status, code", [(429, "PER_SECOND_THRESHOLD"), (500, "INTERNAL")])
def test_retries_are_bounded_then_exit_2(repo: Path, alma: Emulator, status: int,
                                         code: str) -> None:
    before = sorted(p.read_bytes() for p in repo.rglob("*.yaml"))
    alma.inject(Fault(status, times=100, path="e-services", code=code, message="Busy."))
    exit_code, out = run("pull", str(repo))
    assert exit_code == 2
    assert f"answered HTTP {status} to GET" in out and "3 times" in out
    assert f"Busy. (Alma error {code})" in out
    assert alma.state.methods["GET"] == 2 + 3  # list, collection, then 3 tries
    assert sorted(p.read_bytes() for p in repo.rglob("*.yaml")) == before  # nothing written


def test_a_long_retry_after_ends_the_run(repo: Path, alma: Emulator) -> None:
    alma.inject(Fault(429, times=1, retry_after="3600"))
    code, out = run("drift", str(repo))
    assert code == 2 and "asks to wait 3600 s" in out


def test_the_daily_threshold_is_not_retried(repo: Path, alma: Emulator) -> None:
    alma.inject(Fault(429, times=1, code="DAILY_THRESHOLD", message="Daily threshold."))
    code, out = run("drift", str(repo))
    assert code == 2 and "daily API threshold is reached" in out
    assert alma.total_requests() == 1


def test_slow_answers_time_out_then_exit_2(repo: Path, alma: Emulator) -> None:
    policy(repo, "timeout_seconds: 0.1")
    alma.inject(Fault(0, times=3, delay=3.0))  # the emulator's thread waits, not the test
    code, out = run("drift", str(repo))
    assert code == 2
    assert out.strip() == ("nzconfig: error: Alma (the Network Zone) did not answer within "
                           "0.1 s")


def test_the_reserve_stops_before_the_allowance_runs_out(repo: Path, alma: Emulator) -> None:
    alma.state.remaining = 60
    policy(repo, "reserve: 50")
    code, out = run("pull", str(repo))
    assert code == 2
    assert "has 50 API requests left today, no more than the reserve of 50" in out
    assert alma.total_requests() == 10


class Clock:
    """Time that passes only when someone sleeps. The client paces its requests by it and the
    emulator counts requests per second by it: the limit is proven without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_the_rate_limit_holds() -> None:
    clock = Clock()
    with Emulator(State(clock=clock)) as alma:
        alma.add_keys([])  # Alma's per-second threshold stays 25: more is answered 429
        for i in range(1, 31):
            alma.state.collections[collection_id(i)] = alma_collection(
                collection_id(i), f"C{i} (WRLC)", [], open_access=True,
                linking={"level": "book", "method": "link_resolver"}, cdi={})
        # 16 a second: a pace of 1/16 s, exact in binary, so no second gets a 17th by rounding
        config = settings({"rate_limit": 16, "reserve": 0},
                          {"ALMA_API_URL": alma.url})
        with Client(config, NZ_READ_KEY, clock=clock, sleep=clock.sleep) as client:
            read = list(read_collections(config, client))  # as pull and drift read
    assert len(read) == 30
    assert alma.total_requests() == 1 + 2 * 30  # the list, then each collection and its
    #                                             services: nothing refused, nothing retried
    assert sorted(alma.state.per_second.values()) == [13, 16, 16, 16], alma.state.per_second
    assert clock.now == 1000.0 + 60 / 16  # it waited only as long as the limit asks


@pytest.mark.parametrize("env, message", [
    ({"ALMA_API_KEY": "l8xxWrongKey000000000000"}, "did not accept the API key to read"),
    ({"ALMA_API_KEY": ""}, "no Alma API key: set ALMA_API_KEY"),
    ({"ALMA_API_KEY": "has spaces in it"}, "ALMA_API_KEY does not hold an API key"),
    ({"ALMA_API_URL": "http://127.0.0.1:9"}, "cannot be reached at http://127.0.0.1:9"),
    ({"ALMA_API_URL": "http://api-na.hosted.exlibrisgroup.com"}, "is plain http"),
])
def test_one_clear_line_and_exit_2(repo: Path, alma: Emulator,
                                   monkeypatch: pytest.MonkeyPatch, env: dict[str, str],
                                   message: str) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code, out = run("drift", str(repo))
    assert code == 2
    assert len(out.strip().splitlines()) == 1 and message in out, out
    assert "l8xxWrongKey" not in out


def test_the_key_can_come_from_a_file(repo: Path, alma: Emulator, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    key_file = tmp_path / "alma.key"
    key_file.write_text(NZ_READ_KEY + "\n")
    monkeypatch.delenv("ALMA_API_KEY")
    monkeypatch.setenv("ALMA_API_KEY_FILE", str(key_file))
    code, out = run("drift", str(repo))
    assert code == 0, out


def test_a_key_file_that_is_a_pipe_is_refused_at_once(repo: Path, alma: Emulator,
                                                      tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    fifo = tmp_path / "alma.key"
    os.mkfifo(fifo)  # nothing ever writes to it: reading it would block for ever
    monkeypatch.delenv("ALMA_API_KEY")
    monkeypatch.setenv("ALMA_API_KEY_FILE", str(fifo))
    code, out = run("drift", str(repo))
    assert code == 2 and "not a regular file" in out, out


def test_a_member_key_reads_only_its_own_zone(repo: Path, alma: Emulator,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALMA_API_KEY", member_key("GWA"))  # an IZ key where the NZ's belongs
    code, out = run("drift", str(repo))
    assert code == 1  # the IZ has no shared collections: every file is missing in "Alma"
    assert out.count("[NZ401]") == collection_files(repo)


def test_member_keys_share_the_network_zones_connection(repo: Path, alma: Emulator,
                                                       monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:
    with_member_keys(monkeypatch)
    code, out = run("drift", str(repo))
    assert code == 0, out
    members = 15
    tables = [h for h in alma.state.seen_headers if h.startswith("apikey l8xxEmulatorMember")]
    assert len(set(tables)) == members  # each member's table read with its own key
    # over the Network Zone's connection (one TLS handshake, not 16; a second connection
    # only if the pool found the first idle past its keep-alive expiry)
    assert alma.state.connections < members
    assert alma.state.cookies == []  # the cookie every answer set was never sent back


def test_no_key_in_any_output_log_journal_or_url(repo: Path, writer: Emulator,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with_member_keys(monkeypatch)
    outputs = [run("pull", str(repo))[1], run("drift", str(repo), "--format", "json")[1]]
    writer.inject(Fault(500, times=100, method="PUT", message=f"echo {NZ_WRITE_KEY}"))
    (repo / "collections" / "jstor-wrlc.yaml").write_text(
        (repo / "collections" / "jstor-wrlc.yaml").read_text().replace("proxy: default",
                                                                        "proxy: none"))
    journal = tmp_path / "journal.jsonl"
    outputs.append(run("apply", str(repo), "--yes", "--allow-dirty", "--journal",
                       str(journal))[1])
    monkeypatch.setenv("ALMA_API_KEY", "l8xxNotAKeyAlmaKnows0000")
    outputs.append(run("drift", str(repo))[1])
    keys = [NZ_READ_KEY, NZ_WRITE_KEY, "l8xxNotAKeyAlmaKnows0000",
            *(member_key(c) for c in ("GWA", "AMU"))]
    texts = [*outputs, journal.read_text()]
    texts += [p.read_text(errors="replace") for p in repo.rglob("*") if p.is_file()]
    assert "[key hidden]" in outputs[2]  # Alma echoed the key in an error: it was masked
    for key in keys:
        assert not any(key in text for text in texts), key
    # the key travelled only in the Authorization header, never in a URL
    assert all(not any(key in h for key in keys) or h.startswith("apikey ")
               for h in writer.state.seen_headers)


def test_through_the_installed_script(tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end, and the one test on the whole shipped data: a pull by the installed
    script writes every collection, the result validates, and drift then finds nothing."""
    script = shutil.which("nzconfig", path=str(Path(sys.executable).parent)) \
        or shutil.which("nzconfig")
    if script is None:
        pytest.skip("the nzconfig script is not installed in this environment")
    repo = shipped(tmp_path / "wrlc", whole=True)
    alma = start(repo, monkeypatch)
    try:
        shutil.rmtree(repo / "collections")
        env = dict(os.environ, GITHUB_ACTIONS="")
        pulled = subprocess.run([script, "pull", str(repo)], capture_output=True, text=True,
                                env=env, timeout=300, check=False)
        assert pulled.returncode in (0, 1), pulled.stderr
        assert "Traceback" not in pulled.stderr
        assert collection_files(repo) == len(alma.state.collections) == 78
        validated = run_cli("validate", repo)  # validate's own end-to-end test is elsewhere
        assert validated.code in (0, 1) and "NZ101" not in validated.stdout
        drift = subprocess.run([script, "drift", str(repo)], capture_output=True, text=True,
                               env=env, timeout=300, check=False)
    finally:
        alma.stop()
    assert drift.returncode == 0, drift.stdout + drift.stderr
    assert NZ_READ_KEY not in pulled.stdout + pulled.stderr + drift.stdout + drift.stderr


def test_settings_refuse_a_url_with_a_path() -> None:
    with pytest.raises(FatalError, match="give the gateway only"):
        settings({}, {"ALMA_API_URL": "https://api-eu.hosted.exlibrisgroup.com/x?apikey=1"})
    assert settings({"region": "eu"}, {}).base_url == "https://api-eu.hosted.exlibrisgroup.com"
