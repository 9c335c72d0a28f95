"""COUNTER_SUSHI API client: an account's report for each customer and period, through one
connection pool for the run (:class:`Sushi`), with the API's own errors in words (Code of
Practice, Appendix D) and its waits honoured.

- Credentials only from the environment: ``NZCONFIG_SUSHI_<PLATFORM>_REQUESTOR_ID`` and
  ``NZCONFIG_SUSHI_<PLATFORM>_API_KEY`` (PLATFORM: the provider's platform ID, upper case,
  as in the cost file's ``counter.sushi.platform_id``). They travel in the query string,
  as the API defines, so only https is used (http to this machine only: an emulator), and
  every message goes through :func:`scrub`: the values never reach an output.
- httpx, as the Alma and Confluence clients; a redirect is followed only where the
  credentials may travel (every request is checked, a redirect's too).
- 429 (Client has made too many requests), 503 (Service Busy / Not Available) and 202
  (Report Queued for Processing) are retried, waiting as Retry-After says (at most
  ``MAX_WAIT`` seconds each, ``ATTEMPTS`` in all); other statuses are errors carrying the
  Exception's code, message and data.
- The body is bounded (the JSON reader's limit) and returned as bytes: the caller saves it
  and reads it with nzconfig.domain.counter, so a harvested report is checked exactly as a
  downloaded one.
"""

from __future__ import annotations

import json
import os
import re
import time
import urllib.parse
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from nzconfig.core.errors import EXIT_FINDINGS, EXIT_OK, Echo, FatalError
from nzconfig.domain.counter.source import MAX_JSON_BYTES
from nzconfig.services import transport
from nzconfig.services.retry import wait_seconds
from nzconfig.services.secrets import hide, may_carry_secrets

PREFIX = "NZCONFIG_SUSHI_"
MASK = "[hidden]"
ATTEMPTS = 5
MAX_WAIT = 60.0
TIMEOUT = 120.0
_NAMESPACE = re.compile(r"^[A-Za-z0-9]{1,40}$")


class SushiError(Exception):
    """The report could not be harvested; the message is safe to print."""


@dataclass(frozen=True, slots=True)
class Account:
    """The cost file's ``counter.sushi`` block: where and what to harvest."""

    url: str  # the COUNTER_SUSHI base URL (the R5.1 paths add /r51)
    release: str  # "5" or "5.1"
    report: str  # Report_ID, e.g. TR_B1
    platform_id: str  # the provider's platform ID: the namespace of members' customer IDs
    platform: str | None = None  # the API's `platform` parameter, where a server needs it

    @classmethod
    def of(cls, block: Mapping[str, Any]) -> Account:
        return cls(str(block["url"]).rstrip("/"), str(block.get("release", "5.1")),
                   str(block["report"]), str(block["platform_id"]),
                   None if block.get("platform") is None else str(block["platform"]))

    def endpoint(self) -> str:
        path = "/r51/reports/" if self.release == "5.1" else "/reports/"
        return self.url + path + self.report.lower()


@dataclass(frozen=True, slots=True)
class Credentials:
    requestor_id: str | None
    api_key: str | None

    def secrets(self) -> list[str]:
        return sorted((s for s in (self.requestor_id, self.api_key) if s), key=len,
                      reverse=True)


def credentials(platform_id: str, environ: Mapping[str, str] | None = None) -> Credentials:
    env = os.environ if environ is None else environ
    if not _NAMESPACE.match(platform_id):
        raise SushiError(f"`{platform_id}` is not a platform ID (letters and digits)")
    stem = PREFIX + platform_id.upper()
    requestor = env.get(f"{stem}_REQUESTOR_ID", "").strip() or None
    key = env.get(f"{stem}_API_KEY", "").strip() or None
    return Credentials(requestor, key)


def scrub(text: str, secrets: list[str]) -> str:
    return hide(text, secrets, MASK)


def check_url(url: str) -> None:
    if may_carry_secrets(url):
        return
    parts = urllib.parse.urlsplit(url)
    raise SushiError(f"`{parts.scheme}://{parts.hostname or ''}`: the COUNTER_SUSHI URL must "
                     "be https (credentials travel in it)")


def _allowed(request: httpx.Request) -> None:
    """Every request, a redirect's included: only where the credentials may travel."""
    check_url(str(request.url))


class Sushi:
    """One account's client for a run: every member's report through one connection pool
    (one TLS handshake, not one per member). Close it, or use it in a ``with``."""

    def __init__(self, account: Account, creds: Credentials) -> None:
        check_url(account.url)
        self.account = account
        self._creds = creds
        self._http = transport.client(timeout=httpx.Timeout(TIMEOUT), follow_redirects=True,
                                      event_hooks={"request": [_allowed]})

    def close(self) -> None:
        self._http.close()

    @property
    def closed(self) -> bool:
        return self._http.is_closed

    def __enter__(self) -> Sushi:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def report(self, customer_id: str, begin: str, end: str) -> bytes:
        """The report's JSON for ``customer_id`` from month ``begin`` to ``end`` (yyyy-mm)."""
        account, creds = self.account, self._creds
        query = {"customer_id": customer_id, "begin_date": begin, "end_date": end}
        if creds.requestor_id:
            query["requestor_id"] = creds.requestor_id
        if creds.api_key:
            query["api_key"] = creds.api_key
        if account.platform:
            query["platform"] = account.platform
        secrets = creds.secrets()
        where = f"{account.endpoint()} (customer {customer_id})"
        for attempt in range(1, ATTEMPTS + 1):
            try:
                with self._http.stream("GET", account.endpoint(), params=query) as response:
                    status = response.status_code
                    retry = response.headers.get("Retry-After")
                    # A report is read up to the JSON reader's limit, an error's body less.
                    body = _read(response, MAX_JSON_BYTES + 1 if status < 300 else 64 * 1024)
            except SushiError as exc:
                raise SushiError(scrub(f"{where}: {exc}", secrets)) from None
            except httpx.TimeoutException:
                raise SushiError(f"{where}: did not answer within {TIMEOUT:g} s") from None
            except httpx.HTTPError as exc:
                reason = " ".join((str(exc) or type(exc).__name__).split())[:200]
                raise SushiError(scrub(f"{where}: cannot connect: {reason}", secrets)) from None
            if len(body) > MAX_JSON_BYTES:
                raise SushiError(f"{where}: the report is larger than {MAX_JSON_BYTES:,} bytes")
            if status == 200:
                return body
            if status in (202, 429, 503) and attempt < ATTEMPTS:
                time.sleep(wait_seconds(retry, attempt, MAX_WAIT))
                continue
            raise SushiError(scrub(f"{where}: HTTP {status}: {_exception(body)}", secrets))
        raise SushiError(f"{where}: no report after {ATTEMPTS} attempts")  # pragma: no cover


def _read(response: httpx.Response, limit: int) -> bytes:
    """At most ``limit`` bytes of the body: a larger one is not read to its end."""
    data = bytearray()
    for chunk in response.iter_bytes():
        data += chunk[:limit - len(data)]
        if len(data) >= limit:
            break
    return bytes(data)


def _exception(body: bytes) -> str:
    """The COUNTER Exception of an error response, in words."""
    try:
        data = json.loads(body.decode("utf-8", "replace"))
    except ValueError:
        return "no COUNTER exception in the response"
    if isinstance(data, list) and data:
        data = data[0]
    if not isinstance(data, dict) or "Code" not in data:
        return "no COUNTER exception in the response"
    text = f"COUNTER exception {data.get('Code')}: {data.get('Message', '')}"
    if data.get("Data"):
        text += f" ({str(data['Data'])[:300]})"
    return text


def harvest(repo: Path, resource_id: str, fiscal_year: str, members: Iterable[str], out: Path,
            echo: Echo) -> int:
    """``nzconfig usage fetch``: each member's report for ``fiscal_year``, as the resource's
    ``counter.sushi`` block says, saved in ``out`` only when every one was harvested; the
    exit code."""
    from nzconfig.core.fsutil import write_atomic
    from nzconfig.domain.costs import select
    from nzconfig.domain.counter.policy import usage_policy
    from nzconfig.domain.counter.provenance import participants
    from nzconfig.engine.validate import validate

    members = tuple(members)
    network = validate(repo).network
    resource = select.find(network, resource_id)
    block = (resource.doc.data.get("counter") or {}).get("sushi")
    if not block:
        raise FatalError(f"{resource.file} has no `counter.sushi` block: nothing says where "
                         "to harvest (docs/usage.md)")
    account = Account.of(block)
    months = usage_policy(network).months(fiscal_year)
    chosen = members or participants(resource, fiscal_year)
    prefix = account.platform_id.casefold() + ":"
    harvested: dict[Path, bytes] = {}
    try:
        creds = credentials(account.platform_id)
        customers: dict[str, str] = {}
        for code in chosen:  # every customer ID first: a missing one costs no request
            institution = network.institutions.get(code)
            ids = (institution.data.get("counter_ids") or ()) if institution else ()
            customer = next((str(i)[len(prefix):] for i in ids
                             if str(i).casefold().startswith(prefix)), None)
            if customer is None:
                raise SushiError(f"`{code}` has no customer ID for `{account.platform_id}`:"
                                 f" add `{account.platform_id}:...` to its counter_ids")
            customers[code] = customer
        with Sushi(account, creds) as sushi:
            for code, customer in customers.items():
                body = sushi.report(customer, months[0], months[-1])
                harvested[out / f"{resource.id}-{fiscal_year}-{code}.json"] = body
                echo(f"{code}: {account.report} {months[0]} to {months[-1]}, "
                     f"{len(body):,} bytes")
    except SushiError as exc:
        echo(f"nzconfig: {exc}", err=True)
        echo("nzconfig: nothing saved", err=True)
        return EXIT_FINDINGS
    for path, body in sorted(harvested.items()):
        write_atomic(path, body)
    echo(f"saved {len(harvested)} reports in {out}; import them with: nzconfig usage "
         f"import {out}/{resource.id}-{fiscal_year}-*.json --resource {resource.id}")
    return EXIT_OK
