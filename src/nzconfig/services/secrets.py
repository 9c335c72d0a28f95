"""Secrets from the environment (API keys, tokens, SUSHI credentials) and what protects
them: every message a client writes goes through one masking function (each client keeps
its own mask text), and a secret travels only to an address it may travel to."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote, urlsplit

# Plain http is allowed to this machine only (the tests' emulators).
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def hide(text: str, secrets: Iterable[str], mask: str) -> str:
    """``text`` with every secret replaced by ``mask``, longest first, as it is and
    URL-encoded (a secret sent in a query string comes back encoded in error messages)."""
    for secret in sorted({s for s in secrets if s}, key=lambda s: (-len(s), s)):
        text = text.replace(secret, mask).replace(quote(secret, safe=""), mask)
    return text


def may_carry_secrets(url: str) -> bool:
    """Whether a secret may be sent to ``url``: https to a host, or http to this machine."""
    parts = urlsplit(url)
    return bool(parts.hostname) and (parts.scheme == "https" or (
        parts.scheme == "http" and parts.hostname in LOOPBACK))
