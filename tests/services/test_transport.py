"""The one way a service client is made (services.transport), against a real HTTP server on
127.0.0.1 that answers with the headers it received."""

from __future__ import annotations

from nzconfig import __version__
from nzconfig.services import transport
from tests.services.http_server import JsonHandler, serving


class Echo(JsonHandler):
    def do_GET(self) -> None:
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/here")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.reply(200, {"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})


def test_json_and_nzconfig_named_and_the_callers_headers() -> None:
    with serving(Echo) as url, transport.client(
            timeout=5.0, base_url=url, headers={"Authorization": "Bearer t0ken",
                                                "User-Agent": "someone-else"}) as client:
        seen = client.get("/here").json()
    assert seen["accept"] == "application/json"
    assert seen["user-agent"] == f"nzconfig/{__version__}"  # not the caller's
    assert seen["authorization"] == "Bearer t0ken"


def test_redirects_only_when_asked() -> None:
    with serving(Echo) as url:
        with transport.client(timeout=5.0, base_url=url) as client:
            assert client.get("/moved").status_code == 302
        with transport.client(timeout=5.0, base_url=url, follow_redirects=True) as client:
            assert client.get("/moved").json()["path"] == "/here"

