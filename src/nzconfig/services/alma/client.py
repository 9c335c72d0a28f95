"""The HTTP client for Alma's REST API: one for the Network Zone's key; a member's key
uses it through ``with_key`` (the same connections, the key sent per request).

- JSON both ways; the key in the ``Authorization: apikey …`` header, never in a URL.
- Timeouts and TLS verification (certificates are checked, with the process's one
  context, services/tls; the client made as every service's is, services/transport).
- A rate limit: requests are spaced so that no second holds more than ``rate_limit``.
- 429 and 5xx are retried with a doubling wait (or the wait Retry-After asks), bounded
  both in tries and in the longest wait; Alma's daily threshold is not retried.
- ``X-Exl-Api-Remaining`` is watched: the client stops before the day's remaining
  allowance falls below the configured reserve.
- Alma's error bodies (``errorsExist``, ``errorList``) become one plain sentence;
  every message is scrubbed of keys. Failures raise AlmaError (exit code 2).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any

import httpx

from nzconfig.core.errors import FatalError
from nzconfig.services import transport
from nzconfig.services.alma.keys import scrub
from nzconfig.services.alma.settings import Settings
from nzconfig.services.retry import retry_after

PAGE = 100  # Alma's largest page (limit: "Valid values are 0-100")
REMAINING = "X-Exl-Api-Remaining"
# Alma's error codes for keys it does not accept and for its thresholds.
KEY_CODES = {"UNAUTHORIZED", "INVALID_API_KEY", "API_KEY_INVALID"}
DAILY = "DAILY_THRESHOLD"


class AlmaError(FatalError):
    """Alma could not be reached, refused the key, or answered with an error."""


class Client:
    """A session with Alma under one key. ``who`` names the key in messages ("the
    Network Zone", "GWA's Institution Zone")."""

    def __init__(self, settings: Settings, key: str, who: str = "the Network Zone", *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep,
                 http: httpx.Client | None = None) -> None:
        self.settings = settings
        self.who = who
        self.requests = 0  # made, retries included: the benchmark counts them
        self.remaining: int | None = None  # the last X-Exl-Api-Remaining seen
        self._clock, self._sleep = clock, sleep
        self._interval = 1.0 / settings.rate_limit
        self._next = 0.0
        self._lock = threading.Lock()
        self._auth = {"Authorization": f"apikey {key}"}  # per request: a pool may be shared
        self._owns_http = http is None
        self._http = http or transport.client(
            base_url=settings.base_url,
            timeout=httpx.Timeout(settings.timeout),
            # Alma's API is stateless (the key on every request): keep no cookie, so nothing
            # from one key's answers rides along with another key's requests.
            cookies=CookieJar(DefaultCookiePolicy(allowed_domains=[])),
        )

    def with_key(self, key: str, who: str) -> Client:
        """A client for another key (a member's) over this one's connections: one TLS
        handshake with the gateway, not one per key. Its own pace and allowance; closing it
        leaves the connections to this one."""
        return Client(self.settings, key, who, clock=self._clock, sleep=self._sleep,
                      http=self._http)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the calls -----------------------------------------------------------------------

    def get(self, path: str, params: Mapping[str, str | int] | None = None) -> dict[str, Any]:
        return self._call("GET", path, params=params)

    def put(self, path: str, body: Mapping[str, Any]) -> dict[str, Any]:
        return self._call("PUT", path, json=dict(body))

    def pages(self, path: str, field: str) -> Iterator[dict[str, Any]]:
        """Every record of a list, 100 to a request, up to ``total_record_count``."""
        offset = 0
        total: int | None = None
        while total is None or offset < total:
            page = self.get(path, {"limit": PAGE, "offset": offset})
            count = page.get("total_record_count", 0)
            total = count if isinstance(count, int) and count >= 0 else 0
            records = page.get(field) or []
            if not isinstance(records, list):
                raise self._error(f"answered {path} with `{field}` that is not a list")
            yield from records
            if not records:
                break  # fewer records than announced: stop rather than loop
            offset += len(records)

    # -- transport -----------------------------------------------------------------------

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        url = f"/almaws/v1/{path.lstrip('/')}"
        params = {"format": "json", **(kwargs.pop("params", None) or {})}
        for attempt in range(1, self.settings.attempts + 1):
            self._before_request()
            try:
                response = self._http.request(method, url, params=params,
                                              headers=self._auth, **kwargs)
            except httpx.TimeoutException:
                failure = f"did not answer within {self.settings.timeout:g} s"
                if attempt < self.settings.attempts:
                    self._wait(self._backoff(attempt))
                    continue
                raise self._error(failure) from None
            except httpx.HTTPError as exc:
                raise self._error(f"cannot be reached at {self.settings.base_url}: "
                                  f"{_reason(exc)}") from None
            self._after_response(response)
            if response.status_code == 429 or response.status_code >= 500:
                errors = _alma_errors(response)
                if any(code == DAILY for code, _ in errors):
                    raise self._error("refused the request: the institution's daily API "
                                      "threshold is reached (" + _words(errors) + "); try "
                                      "again tomorrow")
                if attempt < self.settings.attempts:
                    wait = retry_after(response.headers.get("Retry-After"))
                    if wait is not None and wait > self.settings.max_wait:
                        raise self._error(f"asks to wait {wait:g} s before the next "
                                          f"request (HTTP {response.status_code}), more than "
                                          f"max_wait_seconds ({self.settings.max_wait:g} s)")
                    self._wait(wait if wait is not None else self._backoff(attempt))
                    continue
                raise self._error(f"answered HTTP {response.status_code} to {method} {url} "
                                  f"{self.settings.attempts} times"
                                  + (f": {_words(errors)}" if errors else ""))
            return self._result(method, url, response)
        raise AssertionError("unreachable")  # pragma: no cover

    def _result(self, method: str, url: str, response: httpx.Response) -> dict[str, Any]:
        errors = _alma_errors(response)
        if response.status_code in (401, 403) or any(c in KEY_CODES for c, _ in errors):
            action = "read" if method == "GET" else "write"
            raise self._error(f"did not accept the API key to {action} {url} (HTTP "
                              f"{response.status_code}"
                              + (f": {_words(errors)}" if errors else "")
                              + "); check the key's permissions: read-only Electronic for "
                              "pull and drift, read/write Electronic for apply (docs/alma.md)")
        if response.status_code >= 300 or errors:
            raise self._error(f"refused {method} {url} (HTTP {response.status_code}): "
                              + (_words(errors) or "no reason given"))
        if not response.content:
            return {}
        try:
            body = response.json()
        except ValueError:
            raise self._error(f"answered {method} {url} with something that is not JSON") \
                from None
        if not isinstance(body, dict):
            raise self._error(f"answered {method} {url} with JSON that is not an object")
        return body

    def _before_request(self) -> None:
        reserve = self.settings.reserve
        if self.remaining is not None and self.remaining <= reserve:
            raise self._error(f"has {self.remaining} API requests left today, no more than the "
                              f"reserve of {reserve} (policies/alma.yaml `reserve`); stopped "
                              "so that other applications keep working")
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self._interval
        if start > now:
            self._sleep(start - now)
        self.requests += 1

    def _after_response(self, response: httpx.Response) -> None:
        value = response.headers.get(REMAINING, "")
        if value.strip().isdigit():
            self.remaining = int(value)

    def _backoff(self, attempt: int) -> float:
        # Not services.retry.wait_seconds: the base and the cap are policies/alma.yaml's.
        return float(min(self.settings.backoff * 2.0 ** (attempt - 1), self.settings.max_wait))

    def _wait(self, seconds: float) -> None:
        if seconds > 0:
            self._sleep(seconds)

    def _error(self, text: str) -> AlmaError:
        return AlmaError(scrub(f"Alma ({self.who}) {text}"))


def _alma_errors(response: httpx.Response) -> list[tuple[str, str]]:
    """(code, message) of each error in Alma's error body, JSON or XML-less text."""
    try:
        body = response.json()
    except ValueError:
        return []
    if not isinstance(body, dict):
        return []
    listed = body.get("errorList", {})
    items = listed.get("error", []) if isinstance(listed, dict) else []
    if isinstance(items, dict):
        items = [items]
    found = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            code = str(item.get("errorCode", "")).strip()[:40]
            message = " ".join(str(item.get("errorMessage", "")).split())[:300]
            found.append((code, message))
    return found


def _words(errors: list[tuple[str, str]]) -> str:
    return "; ".join(f"{message or 'no message'} (Alma error {code or 'without a code'})"
                     for code, message in errors)


def _reason(exc: httpx.HTTPError) -> str:
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())[:200]
