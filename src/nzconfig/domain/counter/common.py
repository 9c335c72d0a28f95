"""Checks shared by the tabular and JSON readers: release, report type, dates, exceptions."""

from __future__ import annotations

import re
from datetime import date

from nzconfig.core.diagnostics import Diagnostic
from nzconfig.domain.counter.ids import REPORT_TYPE as UNSUPPORTED
from nzconfig.domain.counter.model import CounterException, problem
from nzconfig.domain.counter.vocabulary import FAMILIES, OTHER_REPORTS, RELEASES

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_CREATED = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
_EXCEPTION = re.compile(r"(\d{1,4}): ([^;(]*?)(?: \((.*?)\))?(?=; \d{1,4}: |$)")


def check_release(file: str, release: str, at: tuple[int, int]) -> Diagnostic | None:
    if release in RELEASES:
        return None
    return problem(file, *at, f"COUNTER release `{release}` is not supported",
                   "nzconfig reads Release 5 (`5`) and Release 5.1 (`5.1`) reports; ask the "
                   "provider for an R5 or R5.1 report", rule=UNSUPPORTED)


def check_report_id(file: str, report_id: str, at: tuple[int, int]) -> Diagnostic | None:
    if report_id in FAMILIES:
        return None
    supported = ", ".join(FAMILIES)
    if report_id in OTHER_REPORTS:
        return problem(file, *at, f"`{report_id}` is an Item Report: usage of a resource is "
                       "read from Title, Database or Platform Reports",
                       f"supported reports: {supported}", rule=UNSUPPORTED)
    return problem(file, *at, f"`{report_id}` is not a COUNTER R5 report id",
                   f"supported reports: {supported}", rule=UNSUPPORTED)


def parse_date(text: str) -> date | None:
    match = _DATE.match(text)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def period_problem(begin: str, end: str) -> str | None:
    """Why ``begin``..``end`` is not a reporting period of whole months, or None."""
    first, last = parse_date(begin), parse_date(end)
    if first is None or last is None:
        return "dates are written yyyy-mm-dd"
    if first.day != 1:
        return f"Begin_Date {begin} is not the first day of a month"
    following = date(last.year + last.month // 12, last.month % 12 + 1, 1)
    if (following - last).days != 1:
        return f"End_Date {end} is not the last day of a month"
    if last < first:
        return f"End_Date {end} is before Begin_Date {begin}"
    return None


def created_ok(text: str) -> bool:
    return bool(_CREATED.match(text))


def parse_exceptions(text: str) -> tuple[CounterException, ...] | None:
    """"3031: Usage Not Ready for Requested Dates (data); 3040: ..." -> exceptions, or None
    when the text is not in that form."""
    text = text.strip()
    if not text:
        return ()
    found = [CounterException(int(m[1]), m[2].strip(), (m[3] or "").strip())
             for m in _EXCEPTION.finditer(text)]
    rebuilt = "; ".join(e.text() for e in found)
    return tuple(found) if found and rebuilt == text else None


def parse_pairs(text: str) -> dict[str, tuple[str, ...]] | None:
    """"Data_Type=Book|Reference_Work; Access_Type=Controlled" -> {name: values}."""
    out: dict[str, tuple[str, ...]] = {}
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        name, sep, value = part.partition("=")
        if not sep or not name.strip():
            return None
        out[name.strip()] = tuple(v.strip() for v in value.split("|"))
    return out
