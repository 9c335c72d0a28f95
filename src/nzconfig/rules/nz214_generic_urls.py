"""URLs in shared data are generic: no institution proxy prefix, no institution's own host.

Policy: "Institution-specific access URLs are not to be stored in the MARC 856 $u ...
Generic URLs (of any type: access or table of contents, etc.) that apply to all
institutions are allowed". What is shared in the NZ must work for every member, so every
URL in a collection (its ``level_url``, notes, anything) and in vendors/, funds/ and
licences/ is checked against policies/urls.yaml:

- ``proxy_patterns``: regular expressions that mark a proxied or institution-routed URL
  (shipped: EZproxy ``login?url=`` / ``login?qurl=`` starting points, EZproxy
  proxy-by-hostname hosts, WAM ``0-`` hosts, OpenAthens redirector links);
- ``institution_hosts``: per member, host names that only work for that member's users
  (its proxy server, its own link resolver); a URL on such a host or a subdomain of it is
  reported with the member named. The consortium fills this in.

Institution files are not checked: a member's own settings may hold its own proxy.
A pattern that is not a valid regular expression, or that could take exponential time to
match (a repeat inside a repeat like `(a+)+`, a repeated alternation, a backreference, two
unbounded repeats side by side: see nzconfig.core.patterns), stops the run (exit 2) at its
line. Patterns are matched against a URL's first 2,048 characters.
Seed: 003, "URLs in Alma Bibliographic Records".

Fix: store the unproxied, generic URL (Alma adds each member's proxy when the collection's
proxy is enabled); keep institution-specific links in the member's IZ.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from nzconfig.core.catalog import BAD_POLICY
from nzconfig.core.diagnostics import Severity
from nzconfig.core.errors import FatalError
from nzconfig.core.patterns import backtracking_risk
from nzconfig.loading.loader import Document, Path_
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding, all_text

ID = "NZ214"
FIXED = False
NAME = "generic-urls"
TITLE = "URLs in shared data are generic (no institution proxy or host)"
SEVERITY = Severity.ERROR
SEED = "003 URLs in Alma Bibliographic Records"
PARAMS: Mapping[str, Any] = {}
POLICY = (("policies/urls.yaml", "proxy_patterns", "patterns of proxied URLs"),
          ("policies/urls.yaml", "institution_hosts", "hosts that belong to one member"))

MAX_URL_CHARS = 2_048
_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    policy = network.policy("urls")
    if not policy:
        return
    patterns = _compile(network.policies["urls"], policy.get("proxy_patterns") or [])
    hosts = {member: [h.lower().strip(".") for h in names]
             for member, names in (policy.get("institution_hosts") or {}).items()}
    docs = [c.doc for c in network.collections]
    for kind in ("vendor", "fund", "licence"):
        docs += [r.doc for r in network.records(kind).values()]
    for doc in docs:
        if "://" not in all_text(doc.data):  # most files hold no URL: no walk
            continue
        collection = doc.data.get("name") if doc.file.startswith("collections/") else None
        for path, url in _urls(doc.data, ()):
            found = _problem(url, patterns, hosts)
            if found:
                message, member = found
                yield Finding(doc, path, message,
                              "store the generic, unproxied URL; Alma adds each member's "
                              "proxy (seed 003: institution-specific URLs stay in the IZ)",
                              collection=str(collection) if collection else None, member=member)


def _compile(doc: Document, entries: list[dict[str, str]]) -> list[tuple[str, re.Pattern[str]]]:
    compiled = []
    for index, entry in enumerate(entries):
        risk = backtracking_risk(entry["pattern"])
        if risk is not None:
            raise FatalError("policies/urls.yaml has a pattern that could take exponential "
                             "time to match", [
                doc.diagnostic(BAD_POLICY, Severity.ERROR, ("proxy_patterns", index, "pattern"),
                               f"refused: {risk} can take exponential time to match",
                               "write it without nesting repeats or repeating alternatives "
                               "(a URL pattern rarely needs either)")])
        try:
            compiled.append((entry["name"], re.compile(entry["pattern"], re.IGNORECASE)))
        except re.error as exc:
            raise FatalError("policies/urls.yaml has a pattern that is not a regular expression", [
                doc.diagnostic(BAD_POLICY, Severity.ERROR, ("proxy_patterns", index, "pattern"),
                               f"not a regular expression: {exc.msg}")]) from None
    return compiled


def _urls(value: Any, path: Path_) -> Iterator[tuple[Path_, str]]:
    if isinstance(value, str):
        if "://" not in value:  # most values (member codes, names) hold no URL: skip the regex
            return
        for match in _URL.finditer(value):
            yield path, match.group(0)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _urls(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _urls(item, (*path, index))


def _problem(url: str, patterns: list[tuple[str, re.Pattern[str]]],
             hosts: dict[str, list[str]]) -> tuple[str, str | None] | None:
    subject = url[:MAX_URL_CHARS]  # bounds the matching work (see core.patterns)
    for name, pattern in patterns:
        if pattern.search(subject):
            return f"`{url}` is institution-specific ({name})", None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    for member in sorted(hosts):
        for name in hosts[member]:
            if host == name or host.endswith("." + name):
                return f"`{url}` is on `{name}`, a host of `{member}` only", member
    return None
