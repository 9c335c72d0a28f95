"""The JSON form of an R5 or R5.1 report, as the COUNTER_SUSHI API returns it.

R5 (COUNTER_SUSHI API 5.0): ``Institution_ID`` and ``Item_ID`` are lists of Type/Value
pairs, ``Report_Filters`` and ``Report_Attributes`` lists of Name/Value pairs, and each
item's ``Performance`` a list of monthly periods with Metric_Type/Count instances.
R5.1 (COUNTER_SUSHI API 5.1): identifiers and filters are objects, and each item's
``Attribute_Performance`` holds ``Performance: {Metric_Type: {"yyyy-mm": count}}``.
Problems are placed at the line and column of the value in the file.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any, BinaryIO

from nzconfig.core.diagnostics import Diagnostic
from nzconfig.domain.counter.common import (
    check_release,
    check_report_id,
    created_ok,
    period_problem,
)
from nzconfig.domain.counter.model import (
    CounterError,
    CounterException,
    Header,
    Item,
    Report,
    Usage,
    problem,
)
from nzconfig.domain.counter.source import MAX_JSON_BYTES
from nzconfig.domain.counter.vocabulary import FAMILIES, ITEM_IDS, METRIC_TYPES

MAX_PROBLEMS = 50
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_scanstring: Any = json.decoder.scanstring  # type: ignore[attr-defined]  # public, untyped
_KEYS = frozenset(ITEM_IDS.values())  # JSON Item_ID keys: the identifiers' namespaces
Path_ = tuple[str | int, ...]


def read_json(stream: BinaryIO, name: str) -> Report:
    raw = stream.read(MAX_JSON_BYTES + 1)
    if len(raw) > MAX_JSON_BYTES:
        raise CounterError([problem(name, 0, 0, f"a JSON report of more than "
                                    f"{MAX_JSON_BYTES:,} bytes is not read",
                                    "harvest the report for a shorter period")])
    digest = hashlib.sha256(raw).hexdigest()
    text = _text(raw, name)
    try:
        doc = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise CounterError([problem(name, exc.lineno, exc.colno,
                                    f"not valid JSON: {exc.msg}")]) from None
    except ValueError as exc:
        raise CounterError([problem(name, 0, 0, f"not valid JSON: {exc}")]) from None
    except RecursionError:
        raise CounterError([problem(name, 1, 1, "nested too deeply to be a COUNTER report",
                                    "a report nests objects a few levels deep")]) from None
    reader = _Reader(name, text)
    header = reader.header(doc)
    report = Report(name, "json", header, iter(()), [])
    report.records = reader.records(doc, header, report)
    report.sha256 = digest
    return report


def _no_constant(value: str) -> None:
    raise ValueError(f"{value} is not a JSON number")


def _text(raw: bytes, name: str) -> str:
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[:exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        raise CounterError([problem(name, line, column,
                                    f"byte 0x{raw[exc.start]:02x} is not UTF-8")]) from None


def locate(text: str, path: Path_) -> tuple[int, int]:
    """The line and column of the value at ``path`` (object keys, list indexes) in the
    JSON ``text``, or of the deepest part of it that exists. Used only for problems."""
    index = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
    try:
        for step in path:
            found = _step(text, index, step)
            if found is None:
                break
            index = found
    except (ValueError, IndexError, RecursionError):
        pass
    line = text.count("\n", 0, index) + 1
    return line, index - text.rfind("\n", 0, index)


def _skip(text: str, index: int) -> int:
    return _SPACE.match(text, index).end()  # type: ignore[union-attr]


def _step(text: str, index: int, step: str | int) -> int | None:
    if isinstance(step, str):
        if text[index] != "{":
            return None
        index = _skip(text, index + 1)
        while text[index] == '"':
            key, index = _scanstring(text, index + 1)
            index = _skip(text, _skip(text, index) + 1)  # past the colon
            if key == step:
                return index
            _, index = _DECODER.raw_decode(text, index)
            index = _skip(text, index)
            if text[index] == ",":
                index = _skip(text, index + 1)
        return None
    if text[index] != "[":
        return None
    index = _skip(text, index + 1)
    for _ in range(step):
        _, index = _DECODER.raw_decode(text, index)
        index = _skip(text, index)
        if text[index] != ",":
            return None
        index = _skip(text, index + 1)
    return index


class _Reader:
    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text

    def problem(self, path: Path_, message: str, hint: str | None = None,
                rule: str | None = None) -> Diagnostic:
        line, column = locate(self.text, path)
        if rule is None:
            return problem(self.name, line, column, message, hint)
        return problem(self.name, line, column, message, hint, rule=rule)

    def fail(self, path: Path_, message: str, hint: str | None = None) -> CounterError:
        return CounterError([self.problem(path, message, hint)])

    # -- header ---------------------------------------------------------------------------

    def header(self, doc: Any) -> Header:
        if isinstance(doc, list) and doc and isinstance(doc[0], dict) and "Code" in doc[0]:
            doc = doc[0]
        if isinstance(doc, dict) and "Code" in doc and "Report_Header" not in doc:
            raise self.fail((), f"the file is a COUNTER_SUSHI exception, not a report: "
                            f"{doc.get('Code')}: {doc.get('Message', '')}",
                            "harvest the report again once the provider has the usage")
        if not isinstance(doc, dict) or not isinstance(doc.get("Report_Header"), dict):
            raise self.fail((), "not a COUNTER report: no `Report_Header` object",
                            "a COUNTER_SUSHI report is an object with `Report_Header` and "
                            "`Report_Items`")
        head: dict[str, Any] = doc["Report_Header"]
        at: Path_ = ("Report_Header",)
        problems: list[Diagnostic] = []

        def text(key: str, required: bool = True) -> str:
            value = head.get(key)
            if isinstance(value, str):
                return value.strip()
            if value is None and not required:
                return ""
            problems.append(self.problem((*at, key) if key in head else at,
                                         f"`{key}` {'is not text' if key in head else 'is missing'}"
                                         " in the Report_Header"))
            return ""

        release, report_id = text("Release"), text("Report_ID")
        for key, found in (("Release", check_release(self.name, release, (0, 0))),
                           ("Report_ID", check_report_id(self.name, report_id, (0, 0)))):
            if found is not None and (release or key == "Release") and (report_id or
                                                                        key == "Report_ID"):
                problems.append(self.problem((*at, key), found.message, found.hint,
                                             found.rule))
        r51 = release == "5.1"
        filters = self._pairs(head.get("Report_Filters"), (*at, "Report_Filters"), r51,
                              problems)
        attributes = self._pairs(head.get("Report_Attributes"), (*at, "Report_Attributes"),
                                 r51, problems)
        begin = (filters.pop("Begin_Date", ("",)) or ("",))[0]
        end = (filters.pop("End_Date", ("",)) or ("",))[0]
        if len(begin) == 7:
            begin += "-01"
        if len(end) == 7 and _MONTH.match(end):
            end = _last_day(end)
        why = period_problem(begin, end)
        if why:
            problems.append(self.problem((*at, "Report_Filters"), f"the reporting period "
                                         f"(Begin_Date `{begin}`, End_Date `{end}`) is not one "
                                         f"of whole months: {why}"))
        if attributes.get("Granularity", ("Month",))[0] not in ("Month", ""):
            problems.append(self.problem((*at, "Report_Attributes"), "the report gives totals "
                                         "only: usage by fiscal year needs the months",
                                         "harvest it again with granularity Month"))
        created = text("Created")
        if created and not created_ok(created):
            problems.append(self.problem((*at, "Created"), f"Created `{created}` is not an "
                                         "RFC 3339 date and time"))
        exceptions = self._exceptions(head.get("Exceptions"), (*at, "Exceptions"), problems)
        ids = self._ids(head.get("Institution_ID"), (*at, "Institution_ID"), problems)
        metric_types = filters.pop("Metric_Type", ())
        name = text("Report_Name")
        institution = text("Institution_Name")
        created_by = text("Created_By")
        registry = text("Registry_Record", required=False)
        if problems:
            raise CounterError(problems)
        where = {key: locate(self.text, (*at, key)) for key in (
            "Report_ID", "Release", "Institution_ID", "Exceptions", "Created")}
        where["Reporting_Period"] = locate(self.text, (*at, "Report_Filters"))
        return Header(report_id=report_id, report_name=name, release=release,
                      institution_name=institution, institution_ids=ids,
                      metric_types=metric_types, filters=filters, attributes=attributes,
                      exceptions=exceptions, begin=begin, end=end, created=created,
                      created_by=created_by, registry_record=registry, where=where)

    def _pairs(self, value: Any, at: Path_, r51: bool,
               problems: list[Diagnostic]) -> dict[str, tuple[str, ...]]:
        out: dict[str, tuple[str, ...]] = {}
        if value is None:
            return out
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, str):
                    out[key] = (item,)
                elif isinstance(item, list) and all(isinstance(v, str) for v in item):
                    out[key] = tuple(item)
                else:
                    problems.append(self.problem((*at, key), f"`{key}` is not text or a list "
                                                 "of text"))
            return out
        if isinstance(value, list):
            for index, pair in enumerate(value):
                if (isinstance(pair, dict) and isinstance(pair.get("Name"), str)
                        and isinstance(pair.get("Value"), str)):
                    out[pair["Name"]] = tuple(v.strip() for v in pair["Value"].split("|"))
                else:
                    problems.append(self.problem((*at, index), "expected "
                                                 "{\"Name\": ..., \"Value\": ...}"))
            return out
        problems.append(self.problem(at, "expected " + ("an object" if r51 else "a list")))
        return out

    def _ids(self, value: Any, at: Path_, problems: list[Diagnostic]) -> tuple[str, ...]:
        out: list[str] = []
        if isinstance(value, dict):  # R5.1: {"ISNI": ["..."], "Proprietary": ["p:id"]}
            for namespace, values in value.items():
                listed = values if isinstance(values, list) else [values]
                for v in listed:
                    if not isinstance(v, str):
                        problems.append(self.problem((*at, namespace), "identifiers are text"))
                        continue
                    out.append(v if namespace == "Proprietary" else f"{namespace}:{v}")
        elif isinstance(value, list):  # R5: [{"Type": "ISNI", "Value": "..."}]
            for index, pair in enumerate(value):
                if (isinstance(pair, dict) and isinstance(pair.get("Type"), str)
                        and isinstance(pair.get("Value"), str)):
                    kind, v = pair["Type"], pair["Value"]
                    out.append(v if kind == "Proprietary" else f"{kind}:{v}")
                else:
                    problems.append(self.problem((*at, index), "expected "
                                                 "{\"Type\": ..., \"Value\": ...}"))
        elif value is not None:
            problems.append(self.problem(at, "Institution_ID is not a list or an object"))
        return tuple(out)

    def _exceptions(self, value: Any, at: Path_,
                    problems: list[Diagnostic]) -> tuple[CounterException, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            problems.append(self.problem(at, "Exceptions is not a list"))
            return ()
        out = []
        for index, entry in enumerate(value):
            code = entry.get("Code") if isinstance(entry, dict) else None
            if not isinstance(code, int) or isinstance(code, bool):
                problems.append(self.problem((*at, index), "an exception without a numeric "
                                             "`Code`"))
                continue
            data = entry.get("Data")
            out.append(CounterException(code, str(entry.get("Message", "")).strip(),
                                        "" if data is None else str(data).strip()))
        return tuple(out)

    # -- body -----------------------------------------------------------------------------

    def records(self, doc: dict[str, Any], header: Header, report: Report) -> Iterator[Usage]:
        items = doc.get("Report_Items", [])
        if not isinstance(items, list):
            report.problems.append(self.problem(("Report_Items",), "Report_Items is not a "
                                                "list"))
            return
        item_key = FAMILIES[header.report_id]
        allowed = set(header.months)
        r51 = header.release == "5.1"
        for index, entry in enumerate(items):
            if len(report.problems) >= MAX_PROBLEMS:
                report.problems.append(self.problem(("Report_Items", index), f"more than "
                                                    f"{MAX_PROBLEMS} problems: the rest of "
                                                    "the report is not checked"))
                return
            at: Path_ = ("Report_Items", index)
            if not isinstance(entry, dict):
                report.problems.append(self.problem(at, "a report item is not an object"))
                continue
            name = entry.get(item_key, entry.get("Platform") if item_key == "Platform" else None)
            if not isinstance(name, str):
                report.problems.append(self.problem(at, f"a report item without `{item_key}`"))
                continue
            item = Item(name.strip(), str(entry.get("Platform", "")).strip(),
                        str(entry.get("Publisher", "")).strip(),
                        self._item_ids(entry.get("Item_ID")),
                        str(entry.get("Data_Type", "")).strip())
            found = (self._performance_51(entry, at, item, allowed, report) if r51 else
                     self._performance_5(entry, at, item, allowed, report))
            yield from found

    def _item_ids(self, value: Any) -> tuple[str, ...]:
        pairs: list[tuple[Any, Any]] = []
        if isinstance(value, dict):
            pairs = list(value.items())
        elif isinstance(value, list):
            pairs = [(p.get("Type"), p.get("Value")) for p in value if isinstance(p, dict)]
        return tuple(f"{k}:{v}" for k, v in pairs
                     if k in _KEYS and isinstance(v, str) and v)

    def _count(self, value: Any, at: Path_, report: Report) -> int | None:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        report.problems.append(self.problem(at, f"`{json.dumps(value)[:40]}` where a count "
                                            "is expected", "counts are whole numbers, 0 or "
                                            "more"))
        return None

    def _metric(self, metric: Any, at: Path_, report: Report) -> bool:
        if isinstance(metric, str) and (metric in METRIC_TYPES or ":" in metric):
            return True
        report.problems.append(self.problem(at, f"`{metric}` is not a COUNTER Metric_Type"))
        return False

    def _month(self, month: str, at: Path_, allowed: set[str], report: Report) -> bool:
        if month in allowed:
            return True
        report.problems.append(self.problem(at, f"month `{month}` is outside the reporting "
                                            "period" if _MONTH.match(month) else
                                            f"`{month}` is not a month (yyyy-mm)"))
        return False

    def _performance_51(self, entry: dict[str, Any], at: Path_, item: Item,
                        allowed: set[str], report: Report) -> Iterator[Usage]:
        blocks = entry.get("Attribute_Performance")
        if not isinstance(blocks, list):
            report.problems.append(self.problem(at, "a report item without an "
                                                "`Attribute_Performance` list"))
            return
        for b, block in enumerate(blocks):
            where: Path_ = (*at, "Attribute_Performance", b)
            performance = block.get("Performance") if isinstance(block, dict) else None
            if not isinstance(performance, dict):
                report.problems.append(self.problem(where, "no `Performance` object"))
                continue
            data_type = block.get("Data_Type")
            this = item if not isinstance(data_type, str) else Item(
                item.name, item.platform, item.publisher, item.ids, data_type)
            for metric, counts in performance.items():
                m_at: Path_ = (*where, "Performance", metric)
                if not self._metric(metric, m_at, report):
                    continue
                if not isinstance(counts, dict):
                    report.problems.append(self.problem(m_at, "counts are an object of "
                                                        "months"))
                    continue
                months: list[str] = []
                values: list[int] = []
                ok = True
                for month in sorted(counts):
                    count = self._count(counts[month], (*m_at, month), report)
                    if count is None or not self._month(month, (*m_at, month), allowed,
                                                        report):
                        ok = False
                        break
                    months.append(month)
                    values.append(count)
                if ok:
                    yield Usage(0, this, metric, tuple(months), tuple(values))

    def _performance_5(self, entry: dict[str, Any], at: Path_, item: Item,
                       allowed: set[str], report: Report) -> Iterator[Usage]:
        periods = entry.get("Performance")
        if not isinstance(periods, list):
            report.problems.append(self.problem(at, "a report item without a `Performance` "
                                                "list"))
            return
        by_metric: dict[str, dict[str, int]] = {}
        for p, period in enumerate(periods):
            where: Path_ = (*at, "Performance", p)
            dates = period.get("Period") if isinstance(period, dict) else None
            begin = dates.get("Begin_Date") if isinstance(dates, dict) else None
            end = dates.get("End_Date") if isinstance(dates, dict) else None
            if not (isinstance(begin, str) and isinstance(end, str)):
                report.problems.append(self.problem(where, "a performance without its "
                                                    "`Period` (Begin_Date, End_Date)"))
                continue
            if begin[:7] != end[:7] or period_problem(begin, end):
                report.problems.append(self.problem((*where, "Period"), f"the period {begin} "
                                                    f"to {end} is not one whole month",
                                                    "harvest the report with monthly "
                                                    "granularity"))
                continue
            month = begin[:7]
            if not self._month(month, (*where, "Period"), allowed, report):
                continue
            instances = period.get("Instance")
            if not isinstance(instances, list):
                report.problems.append(self.problem(where, "no `Instance` list"))
                continue
            for i, instance in enumerate(instances):
                i_at: Path_ = (*where, "Instance", i)
                metric = instance.get("Metric_Type") if isinstance(instance, dict) else None
                if not self._metric(metric, (*i_at, "Metric_Type"), report):
                    continue
                count = self._count(instance.get("Count"), (*i_at, "Count"), report)
                if count is None:
                    continue
                assert isinstance(metric, str)
                months = by_metric.setdefault(metric, {})
                if month in months:
                    report.problems.append(self.problem(i_at, f"{metric} for {month} is "
                                                        "given twice for the same item"))
                    continue
                months[month] = count
        for metric, counts in sorted(by_metric.items()):
            ordered = sorted(counts)
            yield Usage(0, item, metric, tuple(ordered), tuple(counts[m] for m in ordered))


def _last_day(month: str) -> str:
    """``2016-03`` -> ``2016-03-31`` (R5 allows months as Begin_Date and End_Date)."""
    year, number = int(month[:4]), int(month[5:7])
    following = date(year + number // 12, number % 12 + 1, 1)
    return (following - timedelta(days=1)).isoformat()
