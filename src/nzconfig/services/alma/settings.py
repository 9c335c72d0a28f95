"""policies/alma.yaml (schema-checked with the other policy files) and $ALMA_API_URL."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from nzconfig.core.errors import FatalError
from nzconfig.services.secrets import may_carry_secrets

URL_VARIABLE = "ALMA_API_URL"
REGION_URL = "https://api-{region}.hosted.exlibrisgroup.com"


@dataclass(frozen=True, slots=True)
class Settings:
    base_url: str
    groups: Mapping[str, str] = field(default_factory=dict)  # member code -> group code
    rate_limit: float = 5.0
    reserve: int = 1000
    timeout: float = 30.0
    attempts: int = 4
    backoff: float = 1.0
    max_wait: float = 60.0
    max_share_changed: float = 0.25
    max_access_removed: int = 10
    inheritance_table: str = "ResourcesOtherSettings"
    members: Mapping[str, str] = field(default_factory=dict)  # group code -> member code

    def group(self, member: str) -> str:
        return self.groups.get(member, member)

    def member(self, group: str) -> str:
        """The member code of an Alma group code (the reverse of ``groups``)."""
        return self.members.get(group, group)


def settings(policy: Mapping[str, Any], environ: Mapping[str, str] | None = None) -> Settings:
    """From the (already schema-checked) data of policies/alma.yaml, {} when absent."""
    env = os.environ if environ is None else environ
    base = env.get(URL_VARIABLE) or REGION_URL.format(region=policy.get("region", "na"))
    retries = policy.get("retries") or {}
    guard = policy.get("guard") or {}
    return Settings(
        base_url=_checked_url(base),
        groups=dict(policy.get("groups") or {}),
        members={group: code for code, group in sorted((policy.get("groups") or {}).items())},
        rate_limit=float(policy.get("rate_limit", 5)),
        reserve=int(policy.get("reserve", 1000)),
        timeout=float(policy.get("timeout_seconds", 30)),
        attempts=int(retries.get("attempts", 4)),
        backoff=float(retries.get("backoff_seconds", 1)),
        max_wait=float(retries.get("max_wait_seconds", 60)),
        max_share_changed=float(guard.get("max_share_changed", 0.25)),
        max_access_removed=int(guard.get("max_access_removed", 10)),
        inheritance_table=str(policy.get("inheritance_table", "ResourcesOtherSettings")),
    )


def _checked_url(url: str) -> str:
    """https only (the key travels in a header), except to this machine (the emulator)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise FatalError(f"{URL_VARIABLE}: `{url}` is not an http(s) address such as "
                         "https://api-na.hosted.exlibrisgroup.com")
    if not may_carry_secrets(url.strip()):
        raise FatalError(f"{URL_VARIABLE}: `{url}` is plain http; the API key would travel "
                         "unencrypted. Use https.")
    if parts.path.rstrip("/") not in ("", "/almaws/v1") or parts.query or parts.fragment:
        raise FatalError(f"{URL_VARIABLE}: give the gateway only, e.g. "
                         "https://api-na.hosted.exlibrisgroup.com")
    return f"{parts.scheme}://{parts.netloc}"
