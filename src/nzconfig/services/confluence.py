"""A small client of Confluence's REST API (version 1, ``/rest/api/content``), which Cloud and
Data Center both speak, for the few calls publishing needs: find a page, create and update
it, and read and write a content property.

Addressing (docs/publish.md):

- Cloud: ``CONFLUENCE_URL=https://SITE.atlassian.net/wiki``, Basic authentication with the
  account's e-mail address (``CONFLUENCE_USER``) and an API token (``CONFLUENCE_TOKEN``).
- Data Center / Server: ``CONFLUENCE_URL=https://HOST[:PORT][/CONTEXT]``, a personal access
  token (``CONFLUENCE_TOKEN``) sent as ``Authorization: Bearer``; with ``CONFLUENCE_USER``
  set too, Basic authentication with that user and password or token instead.

The client calls ``{CONFLUENCE_URL}/rest/api/...`` in both cases. httpx directly (no
Confluence library): five endpoints do not justify a library's dependencies, and what matters
here (the version number sent on update, 409 on a conflict, Retry-After on 429) stays in
sight. Credentials only from the environment; they never appear in a message.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from nzconfig.services import transport
from nzconfig.services.retry import wait_seconds
from nzconfig.services.secrets import hide, may_carry_secrets

ENV_URL, ENV_USER, ENV_TOKEN = "CONFLUENCE_URL", "CONFLUENCE_USER", "CONFLUENCE_TOKEN"
TIMEOUT = 30.0  # seconds per request
RETRIES = 4  # on 429 and 503, each after the wait the server asks for
MAX_WAIT = 60.0  # seconds: a longer Retry-After is cut to this
MAX_MESSAGE = 300  # characters of a server's error message repeated in ours
PAGE_SIZE = 100  # results per request when listing
MAX_CHILDREN = 50_000  # a bound on the pages listed under one parent


class ConfluenceError(Exception):
    """A request Confluence refused or could not answer; ``status`` is 0 without a response."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.message, self.status = message, status


class Conflict(ConfluenceError):
    """409: the page's version moved since it was read (someone saved it meanwhile)."""


@dataclass(frozen=True, slots=True)
class Credentials:
    url: str  # without a trailing slash
    user: str  # "" for a bearer token
    token: str

    @classmethod
    def from_env(cls, env: Mapping[str, str], url: str | None = None) -> Credentials:
        url = (url or env.get(ENV_URL, "")).strip().rstrip("/")
        token = env.get(ENV_TOKEN, "")
        missing = [name for name, value in ((ENV_URL, url), (ENV_TOKEN, token)) if not value]
        if missing:
            raise ConfluenceError(f"set {' and '.join(missing)} in the environment "
                                  "(docs/publish.md)")
        parts = urlsplit(url)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ConfluenceError(f"{ENV_URL} must be an http(s) address, such as "
                                  "https://SITE.atlassian.net/wiki")
        if parts.username or parts.password or parts.query or parts.fragment:
            raise ConfluenceError(f"{ENV_URL} must hold no credentials, query or fragment: "
                                  f"put the token in {ENV_TOKEN}")
        if not may_carry_secrets(url):
            raise ConfluenceError(f"{ENV_URL} is plain http: the token would travel "
                                  "unencrypted; use https")
        return cls(url, env.get(ENV_USER, ""), token)

    def auth(self) -> httpx.Auth | None:
        return httpx.BasicAuth(self.user, self.token) if self.user else None

    def headers(self) -> dict[str, str]:
        return {} if self.user else {"Authorization": f"Bearer {self.token}"}


@dataclass(frozen=True, slots=True)
class RemotePage:
    id: str
    title: str
    version: int
    parent: str  # the id of its direct parent ("" at the top of the space)
    by: str  # who saved the current version, as Confluence names them


@dataclass(frozen=True, slots=True)
class Property:
    key: str
    value: dict[str, Any]
    version: int


class Confluence:
    def __init__(self, credentials: Credentials, *,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._secret = credentials.token
        self._sleep = sleep
        self._http = transport.client(
            base_url=f"{credentials.url}/rest/api/", auth=credentials.auth(),
            headers=credentials.headers(), timeout=TIMEOUT)
        self.url = credentials.url

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Confluence:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- pages -------------------------------------------------------------------------

    def find(self, space: str, title: str) -> RemotePage | None:
        data = self._call("GET", "content", params={
            "spaceKey": space, "title": title, "type": "page", "status": "current",
            "expand": "version,ancestors"})
        results = data.get("results") or []
        return _page(results[0]) if results else None

    def get(self, page_id: str) -> RemotePage | None:
        data = self._call("GET", f"content/{_id(page_id)}",
                          params={"expand": "version,ancestors"}, missing_ok=True)
        return _page(data) if data else None

    def create(self, space: str, parent: str, title: str, body: str,
               message: str) -> RemotePage:
        data = self._call("POST", "content", json={
            "type": "page", "title": title, "space": {"key": space},
            "ancestors": [{"id": parent}],
            "body": {"storage": {"value": body, "representation": "storage"}},
            "version": {"message": message}})
        return _page(data)

    def update(self, page: RemotePage, parent: str, title: str, body: str,
               message: str) -> RemotePage:
        """The next version of ``page``; Conflict when its version moved since it was read."""
        data = self._call("PUT", f"content/{_id(page.id)}", json={
            "id": page.id, "type": "page", "title": title, "ancestors": [{"id": parent}],
            "body": {"storage": {"value": body, "representation": "storage"}},
            "version": {"number": page.version + 1, "message": message}})
        return _page(data)

    def children(self, page_id: str) -> list[RemotePage]:
        """The pages directly under ``page_id``, every page of results (at most MAX_CHILDREN)."""
        found: list[RemotePage] = []
        while len(found) < MAX_CHILDREN:
            data = self._call("GET", f"content/{_id(page_id)}/child/page", params={
                "start": len(found), "limit": PAGE_SIZE, "expand": "version,ancestors"})
            results = data.get("results") or []
            found += [_page(r) for r in results]
            if len(results) < PAGE_SIZE or not (data.get("_links") or {}).get("next"):
                break
        return found

    # -- content properties ------------------------------------------------------------

    def property(self, page_id: str, key: str) -> Property | None:
        data = self._call("GET", f"content/{_id(page_id)}/property/{key}", missing_ok=True)
        if not data:
            return None
        value = data.get("value")
        return Property(key, value if isinstance(value, dict) else {},
                        int((data.get("version") or {}).get("number") or 1))

    def set_property(self, page_id: str, key: str, value: dict[str, Any],
                     current: Property | None) -> None:
        if current is None:
            self._call("POST", f"content/{_id(page_id)}/property",
                       json={"key": key, "value": value})
        else:
            self._call("PUT", f"content/{_id(page_id)}/property/{key}",
                       json={"key": key, "value": value,
                             "version": {"number": current.version + 1, "minorEdit": True}})

    # -- transport ---------------------------------------------------------------------

    def _call(self, method: str, path: str, *, missing_ok: bool = False,
              **kwargs: Any) -> dict[str, Any]:
        for attempt in range(RETRIES + 1):
            try:
                response = self._http.request(method, path, **kwargs)
            except httpx.HTTPError as exc:
                raise ConfluenceError(f"cannot reach Confluence at {self.url}: "
                                      f"{self._clean(str(exc) or type(exc).__name__)}") from exc
            if response.status_code in (429, 503) and attempt < RETRIES:
                self._sleep(wait_seconds(response.headers.get("Retry-After"), attempt,
                                         MAX_WAIT))
                continue
            break
        status = response.status_code
        if status == 404 and missing_ok:
            return {}
        if status in (401, 403):
            raise ConfluenceError(
                f"Confluence refused the credentials (HTTP {status}) for {method} {path}: "
                f"check {ENV_USER} and {ENV_TOKEN}, and the account's permission on the "
                "space", status)
        if status >= 400:
            detail = self._clean(_message(response))
            kind = Conflict if status == 409 else ConfluenceError
            raise kind(f"Confluence answered HTTP {status} to {method} {path}"
                       f"{': ' + detail if detail else ''}", status)
        if status == 204 or not response.content:
            return {}
        try:
            data = response.json()
        except ValueError as exc:
            raise ConfluenceError(f"Confluence answered {method} {path} with something that "
                                  "is not JSON: is CONFLUENCE_URL the site's address?",
                                  status) from exc
        return data if isinstance(data, dict) else {}

    def _clean(self, text: str) -> str:
        """A message for the user: short, one line, and never the token."""
        return " ".join(hide(text, [self._secret], "***").split())[:MAX_MESSAGE]


def _message(response: httpx.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return ""
    return str(data.get("message") or "") if isinstance(data, dict) else ""


def _id(page_id: str) -> str:
    if not page_id.isdigit():
        raise ConfluenceError(f"`{page_id}` is not a Confluence page id")
    return page_id


def _page(data: dict[str, Any]) -> RemotePage:
    version = data.get("version") or {}
    ancestors = data.get("ancestors") or []
    by = version.get("by") or {}
    return RemotePage(
        id=str(data.get("id", "")), title=str(data.get("title", "")),
        version=int(version.get("number") or 1),
        parent=str(ancestors[-1].get("id", "")) if ancestors else "",
        by=str(by.get("displayName") or by.get("publicName") or by.get("username") or ""))
