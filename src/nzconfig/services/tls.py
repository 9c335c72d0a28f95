"""The TLS context every service client verifies certificates with (httpx's default: the
certifi bundle, or SSL_CERT_FILE / SSL_CERT_DIR), built once per process: loading the
bundle costs about 50 ms of CPU, which every new client would pay again (the Confluence and
SUSHI clients, and an Alma client per run)."""

from __future__ import annotations

import ssl
from functools import cache

import httpx


@cache
def context() -> ssl.SSLContext:
    """Shared by every client; not changed after it is made (SSLContext is thread-safe)."""
    return httpx.create_ssl_context()
