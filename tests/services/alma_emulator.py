"""An Alma REST API emulator: a real HTTP server on 127.0.0.1 speaking the endpoints and JSON
shapes nzconfig uses (docs/alma.md), so that the client under test is the code users run.

- ``GET /almaws/v1/electronic/e-collections`` (limit 0-100, offset, total_record_count,
  brief records), ``GET`` / ``PUT …/e-collections/{id}`` (the whole object),
  ``GET …/e-collections/{id}/e-services``, ``GET /almaws/v1/conf/mapping-tables/{name}``.
- Keys select an institution (the Network Zone or a member's Institution Zone) and are
  read-only or read/write; a bad key or a write with a read-only key is Alma's
  ``UNAUTHORIZED`` error body.
- ``{"value": …, "desc": …}`` codes, Alma's error bodies (errorsExist, errorList), the
  ``X-Exl-Api-Remaining`` header, a per-second threshold answered with 429.
- Injectable faults (status, Retry-After, Alma error code), slow answers, and a count of
  requests per second and per method, of connections, and of cookies sent back (every
  answer sets one, as a load balancer may).
"""

from __future__ import annotations

import copy
import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.services.http_server import JsonHandler, serving

PREFIX = "/almaws/v1/"
NZ = "NZ"
NZ_READ_KEY = "l8xxEmulatorNetworkZoneRead0a1b2c3d4e5f"
NZ_WRITE_KEY = "l8xxEmulatorNetworkZoneWrite9f8e7d6c5b4a"
INHERITANCE_TABLE = "ResourcesOtherSettings"


def member_key(code: str) -> str:
    return f"l8xxEmulatorMember{code}Key7a6b5c4d3e"


@dataclass
class Fault:
    status: int
    times: int
    path: str = ""  # only requests whose path contains this
    retry_after: str | None = None
    code: str = "PER_SECOND_THRESHOLD"
    message: str = "Request limit per second exceeded."
    delay: float = 0.0  # seconds to wait before answering (a slow response)
    method: str = ""  # only this method ("" any)


@dataclass
class State:
    collections: dict[str, dict[str, Any]] = field(default_factory=dict)  # NZ, by id
    services: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    tables: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # inst -> name
    keys: dict[str, tuple[str, bool]] = field(default_factory=dict)  # key -> (inst, write)
    remaining: int = 1_000_000
    threshold: int = 25  # Alma's per-second threshold
    faults: list[Fault] = field(default_factory=list)
    per_second: Counter[int] = field(default_factory=Counter)
    methods: Counter[str] = field(default_factory=Counter)
    seen_headers: list[str] = field(default_factory=list)  # every header value received
    clock: Callable[[], float] = time.monotonic  # what per_second counts by
    connections: int = 0  # TCP connections accepted
    cookies: list[str] = field(default_factory=list)  # Cookie headers received
    # Called (method, path) before each request is answered: a person editing in Alma.
    on_request: Callable[[str, str], None] | None = None


class Emulator:
    def __init__(self, state: State | None = None) -> None:
        self.state = state or State()
        self.lock = threading.Lock()
        self.url = ""
        self._stack = ExitStack()

    # -- life ------------------------------------------------------------------------------

    def start(self) -> str:
        emulator = self

        class Handler(_Handler):
            owner = emulator

        self.url = self._stack.enter_context(serving(Handler))
        return self.url

    def stop(self) -> None:
        self._stack.close()

    def __enter__(self) -> Emulator:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- set-up and inspection ---------------------------------------------------------------

    def add_keys(self, members: list[str]) -> None:
        self.state.keys[NZ_READ_KEY] = (NZ, False)
        self.state.keys[NZ_WRITE_KEY] = (NZ, True)
        for code in members:
            self.state.keys[member_key(code)] = (code, False)

    def inject(self, fault: Fault) -> None:
        with self.lock:
            self.state.faults.append(fault)

    def collection(self, name: str) -> dict[str, Any]:
        return next(c for c in self.state.collections.values() if c["public_name"] == name)

    def total_requests(self) -> int:
        return sum(self.state.methods.values())

    # -- answering ---------------------------------------------------------------------------

    def answer(self, method: str, target: str, key: str | None, body: bytes,
               accept: str) -> tuple[int, dict[str, str], Any]:
        with self.lock:
            state = self.state
            now = int(state.clock())
            state.per_second[now] += 1
            state.methods[method] += 1
            headers = {"X-Exl-Api-Remaining": str(max(state.remaining - 1, 0)),
                       # as a load balancer in front of the API may set one
                       "Set-Cookie": "AWSALB=emulator; Path=/"}
            state.remaining = max(state.remaining - 1, 0)
            fault = next((f for f in state.faults if f.times > 0 and f.path in target
                          and f.method in ("", method)), None)
            if fault is not None:
                fault.times -= 1
            second = state.per_second[now]
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        if fault is not None and fault.status:
            if fault.retry_after is not None:
                headers["Retry-After"] = fault.retry_after
            return fault.status, headers, _error(fault.code, fault.message)
        if second > state.threshold:
            return 429, headers, _error("PER_SECOND_THRESHOLD", "Request limit per second "
                                        "exceeded.")
        if state.remaining <= 0:
            return 429, headers, _error("DAILY_THRESHOLD", "Daily API request threshold "
                                        "has been reached.")
        parts = urlsplit(target)
        query = parse_qs(parts.query)
        if "json" not in accept and query.get("format") != ["json"]:
            return 400, headers, _error("402204", "This emulator answers JSON only.")
        grant = state.keys.get(key or "")
        if grant is None or (method != "GET" and not grant[1]):
            return 400, headers, _error("UNAUTHORIZED", "API-key not defined or not "
                                        "configured to allow this API.")
        if not parts.path.startswith(PREFIX):
            return 404, headers, _error("402203", "No such path.")
        path = [unquote(p) for p in parts.path[len(PREFIX):].split("/") if p]
        institution = grant[0]
        with self.lock:
            if state.on_request is not None:
                state.on_request(method, parts.path)
            status, result = self._route(method, path, query, institution, body)
        return status, headers, result

    def _route(self, method: str, path: list[str], query: dict[str, list[str]],
               institution: str, body: bytes) -> tuple[int, Any]:
        state = self.state
        if path[:2] == ["electronic", "e-collections"]:
            collections = state.collections if institution == NZ else {}
            if len(path) == 2 and method == "GET":
                return _page(collections, query)
            if len(path) >= 3 and path[2] not in collections:
                return 400, _error("60121", "The Collection ID was not found.")
            if len(path) == 3 and method == "GET":
                return 200, copy.deepcopy(collections[path[2]])
            if len(path) == 3 and method == "PUT":
                return self._put(path[2], body)
            if len(path) == 4 and path[3] == "e-services" and method == "GET":
                services = state.services.get(path[2], [])
                return 200, {"electronic_service": copy.deepcopy(services),
                             "total_record_count": len(services)}
        if path[:2] == ["conf", "mapping-tables"] and len(path) == 3 and method == "GET":
            table = state.tables.get(institution, {}).get(path[2])
            if table is None:
                return 400, _error("401652", f"Mapping table {path[2]} was not found.")
            return 200, copy.deepcopy(table)
        return 400, _error("402203", "No such method.")

    def _put(self, alma_id: str, body: bytes) -> tuple[int, Any]:
        try:
            new = json.loads(body)
        except ValueError:
            return 400, _error("60141", "The collection could not be saved.")
        if not isinstance(new, dict) or str(new.get("id", alma_id)) != alma_id:
            return 400, _error("60141", "The collection could not be saved.")
        if not str(new.get("public_name", "")).strip():
            return 400, _error("60126", "The name is missing.")
        groups = {code for code, _ in self.state.tables.items()} | {
            g["group"]["value"] for c in self.state.collections.values()
            for g in c.get("group_settings", {}).get("group_setting", [])}
        for setting in new.get("group_settings", {}).get("group_setting", []):
            if setting.get("group", {}).get("value") not in groups:
                return 400, _error("60152", "The group is not valid.")
        new["id"] = alma_id
        new["link"] = self.state.collections[alma_id].get("link", "")
        self.state.collections[alma_id] = new
        return 200, copy.deepcopy(new)


class _Handler(JsonHandler):
    owner: Emulator

    def setup(self) -> None:
        super().setup()
        with self.owner.lock:
            self.owner.state.connections += 1

    def _serve(self, method: str) -> None:
        body = self.body()
        with self.owner.lock:
            self.owner.state.seen_headers.extend(self.headers.values())
            self.owner.state.cookies.extend(self.headers.get_all("Cookie") or [])
        auth = self.headers.get("Authorization", "")
        key = auth[len("apikey "):].strip() if auth.startswith("apikey ") else None
        status, headers, result = self.owner.answer(method, self.path, key, body,
                                                    self.headers.get("Accept", ""))
        self.reply(status, result, headers, "application/json;charset=UTF-8")

    def do_GET(self) -> None:
        self._serve("GET")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def do_POST(self) -> None:
        self._serve("POST")


def _error(code: str, message: str) -> dict[str, Any]:
    return {"errorsExist": True, "errorList": {"error": [
        {"errorCode": code, "errorMessage": message, "trackingId": "E01-EMULATOR"}]},
        "result": None}


def _page(collections: dict[str, dict[str, Any]], query: dict[str, list[str]]
          ) -> tuple[int, Any]:
    try:
        limit = int(query.get("limit", ["10"])[0])
        offset = int(query.get("offset", ["0"])[0])
    except ValueError:
        return 400, _error("402119", "Limit and offset must be numbers.")
    if not 0 <= limit <= 100 or offset < 0:
        return 400, _error("402119", "Limit must be between 0 and 100.")
    ids = sorted(collections)
    brief = [{"id": i, "link": collections[i].get("link", ""),
              "public_name": collections[i]["public_name"]} for i in ids[offset:offset + limit]]
    return 200, {"electronic_collection": brief, "total_record_count": len(ids)}


# -- seeding ------------------------------------------------------------------------------------

LEVELS = {"book": "BOOK", "journal": "JOURNAL", "article": "ARTICLE", "issue": "ISSUE",
          "database": "DATABASE"}
METHODS = {"link_resolver": "LINK_RESOLVER", "link_in_record": "LINK_IN_RECORD"}


def guessed_linking(name: str) -> dict[str, str]:
    """A realistic linking where the repository records none (the seeds give none)."""
    lowered = name.lower()
    if "journal" in lowered:
        return {"level": "journal", "method": "link_resolver"}
    if "book" in lowered or "springer" in lowered or "gruyter" in lowered:
        return {"level": "book", "method": "link_resolver"}
    return {"level": "database", "method": "link_in_record"}


def collection_id(index: int) -> str:
    return f"61{index:08d}04101"


def alma_collection(alma_id: str, name: str, members: list[str], *, open_access: bool,
                    linking: dict[str, str], cdi: dict[str, bool],
                    public_name: str = "", package: str = "") -> dict[str, Any]:
    groups = []
    for code in members:
        setting: dict[str, Any] = {"group": {"value": code, "desc": code},
                                   "proxy_enabled": {"value": ""}, "proxy": {"value": ""},
                                   "public_name_override": ""}
        for key, value in cdi.items():
            setting[key] = {"value": "true" if value else "false",
                            "desc": "Yes" if value else "No"}
        groups.append(setting)
    return {
        "id": alma_id,
        "link": f"/almaws/v1/electronic/e-collections/{alma_id}",
        "public_name": name,
        "public_name_override": public_name,
        "type": {"value": "0", "desc": "Selective package"},
        "is_local": False,
        "free": {"value": "true" if open_access else "false",
                 "desc": "Free" if open_access else "Not free"},
        "interface": {"name": package},
        "proxy_enabled": {"value": "true", "desc": "Yes"},
        "proxy": {"value": "", "desc": ""},
        "group_settings": {"group_setting": groups},
        "cdi_info": {"cdi_full_text_linking": {"value": METHODS[linking["method"]],
                                               "desc": linking["method"]}},
    }


def alma_service(alma_id: str, *, active: bool, level: str) -> dict[str, Any]:
    return {"id": "62" + alma_id[2:], "type": {"value": "getFullTxt", "desc": "Full Text"},
            "activation_status": {"value": "true" if active else "false",
                                  "desc": "Active" if active else "Inactive"},
            "linking_level": {"value": LEVELS[level], "desc": level}}


def seeded(root: Path) -> Emulator:
    """Alma as the repository at ``root`` describes it (guessed linking where none is
    recorded; CDI values from the CDI matrix), with keys for every member."""
    from nzconfig.domain import cdi
    from nzconfig.engine.validate import load_network
    from nzconfig.loading.loader import Document
    from nzconfig.loading.model import Collection

    network, _, _ = load_network(root)
    emulator = Emulator()
    state = emulator.state
    for index, c in enumerate(sorted(network.collections, key=lambda c: c.doc.file), 1):
        alma_id = c.data.get("alma_id") or collection_id(index)
        linking = c.data.get("linking") or guessed_linking(c.name)
        data = {**c.data, "linking": linking}
        with_linking = Collection(Document(c.doc.file, data))
        settings = {m: {n: s.value for n, s in cdi.effective(network, with_linking, m).items()}
                    for m in c.members}
        obj = alma_collection(alma_id, c.name, list(c.members),
                              open_access=c.access_type == "open_access", linking=linking,
                              cdi={}, public_name=c.data.get("public_name", ""),
                              package=c.data.get("package", ""))
        for group in obj["group_settings"]["group_setting"]:
            for key, value in settings[group["group"]["value"]].items():
                group[key] = {"value": "true" if value else "false"}
        if c.data.get("proxy") == "none":
            obj["proxy_enabled"] = {"value": "false", "desc": "No"}
        state.collections[alma_id] = obj
        state.services[alma_id] = [alma_service(alma_id, active=c.active,
                                                level=linking["level"])]
    for code, institution in network.institutions.items():
        value = institution.data.get("cdi_consortia_inheritance", True)
        state.tables[code] = {INHERITANCE_TABLE: {"row": [
            {"column0": "cdi_consortia_inheritance", "column1": "Y" if value else "N",
             "enabled": True},
            {"column0": "other_parameter", "column1": "x", "enabled": True}]}}
    emulator.add_keys(sorted(network.institutions))
    return emulator


@dataclass(frozen=True)
class Drift:
    """What :func:`inject_drift` changed, for the tests to look for."""

    access_added: tuple[str, str]  # (collection name, member)
    proxy: str  # collection name whose proxy was turned off
    cdi: tuple[str, str, str]  # (collection, member, setting) flipped
    deleted: str  # collection name removed from Alma
    added: str  # collection name only Alma has
    inheritance_off: str  # member


def inject_drift(emulator: Emulator) -> Drift:
    """Realistic drift: changes made in Alma's own screens since the repository was right."""
    state = emulator.state
    by_name = {c["public_name"]: c for c in state.collections.values()}
    names = sorted(by_name)

    def members(c: dict[str, Any]) -> list[str]:
        return [g["group"]["value"] for g in c["group_settings"]["group_setting"]]

    gains = next(n for n in names if "GWA" not in members(by_name[n]) and "JSTOR" not in n)
    target = by_name[gains]
    template = copy.deepcopy(target["group_settings"]["group_setting"][0])
    template["group"] = {"value": "GWA", "desc": "GWA"}
    target["group_settings"]["group_setting"].append(template)
    proxy = next(n for n in names if n.startswith("JSTOR"))
    by_name[proxy]["proxy_enabled"] = {"value": "false", "desc": "No"}
    flipped = next(n for n in names if n.startswith("Springer Behavioral Science 2005"))
    group = by_name[flipped]["group_settings"]["group_setting"][0]
    setting = "subscribe_to_only_some_titles_in_the_collection"
    old = group[setting]["value"] == "true"
    group[setting] = {"value": "false" if old else "true", "desc": "No" if old else "Yes"}
    deleted = next(n for n in names if n.startswith("World Scientific"))
    deleted_id = by_name[deleted]["id"]
    del state.collections[deleted_id]
    state.services.pop(deleted_id, None)
    added = "Project Euclid Prime (WRLC)"
    new_id = collection_id(9999)
    state.collections[new_id] = alma_collection(
        new_id, added, ["GUNIV", "GWA"], open_access=False,
        linking={"level": "journal", "method": "link_resolver"},
        cdi={"cdi_search_activation_status": True,
             "subscribe_to_only_some_titles_in_the_collection": True,
             "do_not_show_as_full_text_available_in_cdi_even_if_active_in_alma": True})
    state.services[new_id] = [alma_service(new_id, active=True, level="journal")]
    member = "GUNIV"
    state.tables[member][INHERITANCE_TABLE]["row"][0]["column1"] = "N"
    return Drift((gains, "GWA"), proxy, (flipped, members(by_name[flipped])[0], setting),
                 deleted, added, member)
