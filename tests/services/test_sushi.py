"""``nzconfig usage fetch`` against the COUNTER_SUSHI emulator (a real HTTP server on
127.0.0.1), then ``usage import`` of what it saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.services.sushi import Account, Credentials, Sushi, SushiError, check_url
from tests.commands.test_usage import COST, example, usage_import
from tests.services.sushi_emulator import API_KEY, REQUESTOR, running
from tests.support.cli import Run, run_cli

ENV = {"NZCONFIG_SUSHI_FICTPUB_API_KEY": API_KEY,
       "NZCONFIG_SUSHI_FICTPUB_REQUESTOR_ID": REQUESTOR}


def harvesting(tmp_path: Path, url: str) -> Path:
    repo = example(tmp_path)
    for code, customer in (("BLUE", "BLUE-001"), ("RED", "RED-002")):  # Yellow has its own
        path = repo / "institutions" / f"{code}.yaml"
        path.write_text(path.read_text().replace(
            "counter_ids: [", f'counter_ids: ["fictpub:{customer}", '), encoding="utf-8")
    cost = repo / COST
    cost.write_text(cost.read_text().replace(
        "  platform: Fictitious E-Books\n",
        f"  platform: Fictitious E-Books\n  sushi:\n    url: {url}\n    report: TR_B1\n"
        "    platform_id: fictpub\n"), encoding="utf-8")
    return repo


def fetch(repo: Path, out: Path, env: dict[str, str]) -> Run:
    return run_cli("usage", "fetch", "--resource", "fictitious-ebook-package", "--year",
                   "2023", "--out", out, repo, env=env)


def test_fetch_then_import(tmp_path: Path) -> None:
    with running() as emulator:
        repo = harvesting(tmp_path, emulator.url)
        out = tmp_path / "harvest"
        done = fetch(repo, out, ENV)
        assert done.code == 0, done.stderr
        statuses = [r["customer_id"] for r in emulator.requests]
    # Blue was told to wait once (429), Red's report was queued once (202): both retried.
    assert statuses == ["BLUE-001", "BLUE-001", "RED-002", "RED-002", "YEL-003"]
    # One client for the run: every member's request over one kept-alive connection (one
    # TLS handshake against a real server), not a new client per member.
    assert len(set(emulator.peers)) == 1
    assert all(r["begin_date"] == "2023-01" and r["end_date"] == "2023-12"
               for r in emulator.requests)
    saved = sorted(out.glob("*.json"))
    assert [p.name for p in saved] == [f"fictitious-ebook-package-2023-{m}.json"
                                       for m in ("BLUE", "RED", "YELLOW")]
    assert API_KEY not in done.stdout + done.stderr
    assert all(API_KEY.encode() not in p.read_bytes() for p in saved)
    imported = usage_import(repo, *saved)
    assert imported.code == 0, imported.stderr
    assert "    BLUE: 1000\n    RED: 11000\n    YELLOW: 28000\n" in (repo / COST).read_text()


def test_a_wrong_key_is_reported_without_the_key(tmp_path: Path) -> None:
    wrong = "wrong-key-99887766"
    with running() as emulator:
        repo = harvesting(tmp_path, emulator.url)
        out = tmp_path / "harvest"
        done = fetch(repo, out, {**ENV, "NZCONFIG_SUSHI_FICTPUB_API_KEY": wrong})
    assert done.code == 1
    assert "HTTP 401: COUNTER exception 2020: APIKey Invalid" in done.stderr
    assert wrong not in done.stdout + done.stderr and "[hidden]" in done.stderr
    assert "nothing saved" in done.stderr and not out.exists()


def test_an_unknown_customer(tmp_path: Path) -> None:
    with running() as emulator:
        repo = harvesting(tmp_path, emulator.url)
        path = repo / "institutions" / "RED.yaml"
        path.write_text(path.read_text().replace("fictpub:RED-002", "fictpub:RED-999"))
        done = fetch(repo, tmp_path / "harvest", ENV)
    assert done.code == 1 and "COUNTER exception 2010" in done.stderr


def test_a_member_without_a_customer_id(tmp_path: Path) -> None:
    repo = harvesting(tmp_path, "https://sushi.example.org/sushi")
    path = repo / "institutions" / "RED.yaml"
    path.write_text(path.read_text().replace('"fictpub:RED-002", ', ""))
    done = fetch(repo, tmp_path / "harvest", ENV)
    assert done.code == 1 and "`RED` has no customer ID for `fictpub`" in done.stderr


@pytest.mark.parametrize("url", ["http://sushi.example.org/sushi", "ftp://127.0.0.1/x"])
def test_credentials_travel_over_https_only(url: str) -> None:
    with pytest.raises(SushiError, match="must be https"):
        check_url(url)


def test_a_redirect_to_plain_http_is_not_followed_and_hides_the_key() -> None:
    with running() as emulator:
        account = Account(emulator.url.replace("/sushi", "/moved"), "5.1", "TR_B1", "fictpub")
        with pytest.raises(SushiError, match="must be https") as raised, \
                Sushi(account, Credentials(REQUESTOR, API_KEY)) as sushi:
            sushi.report("BLUE-001", "2023-01", "2023-12")
        assert len(emulator.requests) == 1 and sushi.closed
    assert API_KEY not in str(raised.value)


def test_the_client_serves_many_reports_and_is_closed_after() -> None:
    with running() as emulator:
        account = Account(emulator.url, "5.1", "TR_B1", "fictpub")
        with Sushi(account, Credentials(REQUESTOR, API_KEY)) as sushi:
            reports = [sushi.report(c, "2023-01", "2023-12") for c in ("YEL-003", "YEL-003")]
            assert not sushi.closed
        assert sushi.closed
    assert reports[0] == reports[1] and b'"Report_ID": "TR_B1"' in reports[0]
    assert len(emulator.peers) == 2 and len(set(emulator.peers)) == 1


def test_a_plain_http_url_elsewhere_makes_no_client() -> None:
    with pytest.raises(SushiError, match="must be https"):
        Sushi(Account("http://sushi.example.org/sushi", "5.1", "TR_B1", "fictpub"),
              Credentials(REQUESTOR, API_KEY))
