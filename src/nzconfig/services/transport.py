"""The one way a service client (Alma, Confluence, SUSHI) makes its HTTP client:
certificates verified with the process's one TLS context (services/tls.py), JSON asked for,
nzconfig named in the User-Agent. What differs per service (base URL, timeout, redirects,
authentication, hooks, cookies) the caller passes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from nzconfig import __version__
from nzconfig.services import tls

USER_AGENT = f"nzconfig/{__version__}"


def client(*, timeout: httpx.Timeout | float, follow_redirects: bool = False,
           headers: Mapping[str, str] | None = None, **options: Any) -> httpx.Client:
    """An ``httpx.Client``; ``headers`` are sent besides Accept and User-Agent."""
    return httpx.Client(
        timeout=timeout, follow_redirects=follow_redirects, verify=tls.context(),
        headers={**(headers or {}), "Accept": "application/json", "User-Agent": USER_AGENT},
        **options)
