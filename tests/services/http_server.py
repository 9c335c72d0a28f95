"""The HTTP server under every emulator (Alma, Confluence, SUSHI): a real threading server on
127.0.0.1 that speaks HTTP/1.1 with keep-alive as the real services do, so that a client's
connection pool is exercised and each request does not pay a TCP set-up, and that stops at
once when a test ends (http.server's default poll of 0.5 s made every stop cost half a
second)."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

POLL = 0.01  # seconds between the server loop's checks for a stop


class JsonHandler(BaseHTTPRequestHandler):
    """Keep-alive (every answer carries Content-Length) and quiet."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def body(self) -> bytes:
        """The request's body; read whole so that the next request on the connection parses."""
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def reply(self, status: int, body: Any, headers: Mapping[str, str] | None = None,
              content_type: str = "application/json") -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a client's idle keep-alive connection does not block the stop

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (its timeout, as a test wants) is not the emulator's error;
        anything else is printed as http.server does."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on a free port of 127.0.0.1; yields ``http://127.0.0.1:PORT``."""
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": POLL},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
