"""A COUNTER_SUSHI API emulator: a real HTTP server on 127.0.0.1 speaking the R5.1 paths
(/r51/reports/{report}), its parameters (customer_id, requestor_id, api_key, begin_date,
end_date) and its Exception bodies (Code of Practice 5.1, Appendix D): 2020 for a wrong
API key (its Data echoing the key, as a careless server might), 2010 for an unknown
customer, 1020 with HTTP 429 and 1011 with HTTP 202 once each for chosen customers, then
the report."""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from nzconfig.domain.counter.model import months_between
from tests.services.http_server import JsonHandler, serving

API_KEY = "s3cret-key-0042"
REQUESTOR = "requestor-7781"
# Customer -> Unique_Title_Requests for the whole period (the seed's downloads).
USAGE = {"BLUE-001": 1000, "RED-002": 11000, "YEL-003": 28000}


@dataclass
class Emulator:
    url: str
    busy_once: set[str] = field(default_factory=lambda: {"BLUE-001"})  # 429 first
    queued_once: set[str] = field(default_factory=lambda: {"RED-002"})  # 202 first
    requests: list[dict[str, str]] = field(default_factory=list)
    peers: list[tuple[str, int]] = field(default_factory=list)  # each request's client end


def report(customer: str, begin: str, end: str) -> dict[str, Any]:
    months = months_between(begin[:7], end[:7])
    total = USAGE[customer]
    counts = {m: total // len(months) for m in months}
    counts[months[0]] += total - sum(counts.values())
    return {
        "Report_Header": {
            "Release": "5.1", "Report_ID": "TR_B1", "Report_Name": "Book Requests (Controlled)",
            "Created": "2024-02-01T12:00:00Z", "Created_By": "Fictitious Publisher",
            "Institution_ID": {"Proprietary": [f"fictpub:{customer}"]},
            "Institution_Name": f"Customer {customer}",
            "Report_Filters": {"Begin_Date": f"{months[0]}-01",
                               "End_Date": _last_day(months[-1]),
                               "Metric_Type": ["Total_Item_Requests",
                                               "Unique_Title_Requests"]},
        },
        "Report_Items": [{
            "Title": "Fictitious Title 1", "Publisher": "Fictitious Publisher",
            "Platform": "Fictitious E-Books", "Item_ID": {"ISBN": "979-8-88888-001-1"},
            "Attribute_Performance": [{"Data_Type": "Book", "Performance": {
                "Total_Item_Requests": {m: 2 * n for m, n in counts.items()},
                "Unique_Title_Requests": counts}}]}],
    }


def _last_day(month: str) -> str:
    from datetime import date, timedelta

    year, number = int(month[:4]), int(month[5:])
    following = date(year + number // 12, number % 12 + 1, 1)
    return (following - timedelta(days=1)).isoformat()


@contextmanager
def running() -> Iterator[Emulator]:
    state: dict[str, Emulator] = {}

    class Handler(JsonHandler):
        def send(self, status: int, body: Any, retry_after: str | None = None) -> None:
            self.reply(status, body, {} if retry_after is None else {"Retry-After": retry_after})

        def do_GET(self) -> None:
            emulator = state["e"]
            parts = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(parts.query))
            emulator.requests.append({"path": parts.path, **query})
            emulator.peers.append(self.client_address)
            if parts.path.startswith("/moved/"):  # a redirect to plain http elsewhere
                self.send_response(302)
                self.send_header("Location", "http://sushi.example.org" + self.path)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if parts.path != "/sushi/r51/reports/tr_b1":
                self.send(404, {"Code": 0, "Message": "no such path"})
                return
            if query.get("api_key") != API_KEY or query.get("requestor_id") != REQUESTOR:
                self.send(401, {"Code": 2020, "Message": "APIKey Invalid",
                                "Data": f"api_key {query.get('api_key')} is not valid"})
                return
            customer = query.get("customer_id", "")
            if customer not in USAGE:
                self.send(403, {"Code": 2010, "Message": "Requestor is Not Authorized to "
                                "Access Usage for Institution"})
                return
            if customer in emulator.busy_once:
                emulator.busy_once.discard(customer)
                self.send(429, {"Code": 1020, "Message": "Client has made too many requests",
                                "Data": "one request per second"}, retry_after="0")
                return
            if customer in emulator.queued_once:
                emulator.queued_once.discard(customer)
                self.send(202, {"Code": 1011, "Message": "Report Queued for Processing"},
                          retry_after="0")
                return
            self.send(200, report(customer, query["begin_date"], query["end_date"]))

    with serving(Handler) as url:
        state["e"] = Emulator(f"{url}/sushi")
        yield state["e"]
