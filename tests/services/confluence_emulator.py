"""A Confluence REST API (v1) emulator: a real HTTP server on 127.0.0.1 speaking the calls
nzconfig publish makes, with Confluence's rules where they matter to it.

- Pages live in spaces, with a title unique in the space, a version number, ancestors and a
  storage body. GET /rest/api/content?spaceKey&title finds one; GET /rest/api/content/{id}.
- POST /rest/api/content creates a page (400 if the title is taken in the space).
- PUT /rest/api/content/{id} saves the next version: version.number must be the current plus
  one, else 409 Conflict.
- Content properties: GET/PUT /rest/api/content/{id}/property/{key}, POST .../property
  (a property's version must also move by one on PUT).
- Authorization must be the one expected (Bearer token, or Basic user:token), else 401.
- GET /rest/api/content/{id}/child/page lists a page's children, ``start``/``limit`` paged.
- ``throttle(n)`` makes the next n requests answer 429 with Retry-After: 0.
- Served under a context path (``/wiki`` as on Cloud, or ``/confluence`` as on Data Center).
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.services.http_server import JsonHandler, serving


@dataclass
class Page:
    id: str
    space: str
    title: str
    ancestors: list[str]
    body: str
    version: int = 1
    message: str = ""
    by: str = "nzconfig bot"
    properties: dict[str, dict[str, Any]] = field(default_factory=dict)

    def json(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": "page", "status": "current", "title": self.title,
            "space": {"key": self.space},
            "version": {"number": self.version, "message": self.message,
                        "by": {"displayName": self.by}},
            "ancestors": [{"id": a} for a in self.ancestors],
            "body": {"storage": {"value": self.body, "representation": "storage"}},
        }


class Emulator:
    def __init__(self, context: str = "/wiki", token: str = "s3cret-token",
                 user: str = "") -> None:
        self.context, self.token, self.user = context, token, user
        self.pages: dict[str, Page] = {}
        self.requests: list[tuple[str, str]] = []  # (method, path) of each authorised request
        self._next = 1000
        self._throttle = 0
        self._lock = threading.Lock()
        self.url = ""

    # -- for the tests -----------------------------------------------------------------

    def add(self, space: str, title: str, parent: str | None = None, body: str = "") -> Page:
        with self._lock:
            return self._add(space, title, parent, body)

    def person_edits(self, page_id: str, body: str, who: str = "Jane Librarian") -> None:
        page = self.pages[page_id]
        page.version += 1
        page.body, page.by, page.message = body, who, ""

    def find(self, space: str, title: str) -> Page | None:
        return next((p for p in self.pages.values()
                     if p.space == space and p.title == title), None)

    def throttle(self, n: int) -> None:
        self._throttle = n

    def writes(self) -> list[tuple[str, str]]:
        return [r for r in self.requests if r[0] != "GET"]

    # -- the API -----------------------------------------------------------------------

    def _add(self, space: str, title: str, parent: str | None, body: str) -> Page:
        self._next += 1
        ancestors = ([*self.pages[parent].ancestors, parent] if parent else [])
        page = Page(str(self._next), space, title, ancestors, body)
        self.pages[page.id] = page
        return page

    def handle(self, method: str, target: str, headers: Any,
               payload: Any) -> tuple[int, dict[str, Any], dict[str, str]]:
        if not self._authorised(headers.get("Authorization", "")):
            return 401, {"message": "Unauthorized"}, {}
        if self._throttle:
            self._throttle -= 1
            return 429, {"message": "Rate limited"}, {"Retry-After": "0"}
        parts = urlsplit(target)
        prefix = f"{self.context}/rest/api/"
        if not parts.path.startswith(prefix):
            return 404, {"message": "no such resource"}, {}
        path = [unquote(p) for p in parts.path[len(prefix):].split("/")]
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        with self._lock:
            self.requests.append((method, parts.path[len(self.context):]))
            return self._route(method, path, query, payload)

    def _route(self, method: str, path: list[str], query: dict[str, str],
               payload: Any) -> tuple[int, dict[str, Any], dict[str, str]]:
        if path[0] != "content":
            return 404, {"message": "no such resource"}, {}
        if len(path) == 1 and method == "GET":
            found = [p.json() for p in self.pages.values()
                     if p.space == query.get("spaceKey") and p.title == query.get("title")]
            return 200, {"results": found, "size": len(found), "start": 0,
                         "limit": 25}, {}
        if len(path) == 1 and method == "POST":
            return self._create(payload)
        page = self.pages.get(path[1])
        if page is None:
            return 404, {"message": f"No content found with id: {path[1]}"}, {}
        if len(path) == 2 and method == "GET":
            return 200, page.json(), {}
        if len(path) == 2 and method == "PUT":
            return self._update(page, payload)
        if len(path) == 4 and path[2:] == ["child", "page"] and method == "GET":
            start, limit = int(query.get("start", 0)), min(int(query.get("limit", 25)), 100)
            children = [p for p in self.pages.values() if p.ancestors[-1:] == [page.id]]
            chunk = children[start:start + limit]
            links = {"next": "more"} if start + limit < len(children) else {}
            return 200, {"results": [p.json() for p in chunk], "start": start, "limit": limit,
                         "size": len(chunk), "_links": links}, {}
        if len(path) >= 3 and path[2] == "property":
            return self._property(page, method, path[3] if len(path) > 3 else "", payload)
        return 405, {"message": "method not allowed"}, {}

    def _create(self, data: Any) -> tuple[int, dict[str, Any], dict[str, str]]:
        space = data["space"]["key"]
        title = data["title"]
        if self.find(space, title) is not None:
            return 400, {"message": "A page with this title already exists"}, {}
        ancestors = data.get("ancestors") or []
        parent = ancestors[-1]["id"] if ancestors else None
        if parent is not None and parent not in self.pages:
            return 400, {"message": "parent not found"}, {}
        page = self._add(space, title, parent, data["body"]["storage"]["value"])
        page.message = (data.get("version") or {}).get("message", "")
        return 200, page.json(), {}

    def _update(self, page: Page, data: Any) -> tuple[int, dict[str, Any], dict[str, str]]:
        number = data["version"]["number"]
        if number != page.version + 1:
            return 409, {"message": f"Version must be incremented on update. Current "
                                    f"version is: {page.version}"}, {}
        ancestors = data.get("ancestors") or []
        if ancestors:
            parent = ancestors[-1]["id"]
            page.ancestors = [*self.pages[parent].ancestors, parent]
        page.title = data["title"]
        page.body = data["body"]["storage"]["value"]
        page.version, page.by = number, "nzconfig bot"
        page.message = data["version"].get("message", "")
        return 200, page.json(), {}

    def _property(self, page: Page, method: str, key: str,
                  data: Any) -> tuple[int, dict[str, Any], dict[str, str]]:
        if method == "GET":
            found = page.properties.get(key)
            if found is None:
                return 404, {"message": "property not found"}, {}
            return 200, found, {}
        if method == "POST":
            key = data["key"]
            if key in page.properties:
                return 409, {"message": "property exists"}, {}
            page.properties[key] = {"key": key, "value": data["value"],
                                    "version": {"number": 1}}
            return 200, page.properties[key], {}
        if method == "PUT":
            found = page.properties.get(key)
            if found is None:
                return 404, {"message": "property not found"}, {}
            if data["version"]["number"] != found["version"]["number"] + 1:
                return 409, {"message": "property version conflict"}, {}
            page.properties[key] = {"key": key, "value": data["value"],
                                    "version": {"number": data["version"]["number"]}}
            return 200, page.properties[key], {}
        return 405, {"message": "method not allowed"}, {}

    def _authorised(self, header: str) -> bool:
        if self.user:
            basic = base64.b64encode(f"{self.user}:{self.token}".encode()).decode()
            return header == f"Basic {basic}"
        return header == f"Bearer {self.token}"


class _Handler(JsonHandler):
    emulator: Emulator

    def _serve(self) -> None:
        raw = self.body()
        payload = json.loads(raw) if raw else None
        status, body, headers = self.emulator.handle(self.command, self.path, self.headers,
                                                     payload)
        self.reply(status, body, headers)

    do_GET = do_POST = do_PUT = _serve


@contextmanager
def running(emulator: Emulator) -> Iterator[Emulator]:
    handler = type("Handler", (_Handler,), {"emulator": emulator})
    with serving(handler) as url:
        emulator.url = url + emulator.context
        yield emulator
