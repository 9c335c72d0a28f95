"""The Network: institutions, collections and policy files of one repository, cross-referenced.

A thin, read-only view over the loaded documents: rules read data through it and report
positions through each entity's ``doc``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from nzconfig.loading.loader import Document

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Institution:
    doc: Document

    @property
    def code(self) -> str:
        return str(self.doc.data["code"])

    @property
    def name(self) -> str | None:
        return self.doc.data.get("name")

    @property
    def data(self) -> dict[str, Any]:
        return self.doc.data


@dataclass(frozen=True, slots=True)
class Collection:
    doc: Document
    # Read once: rules and renderers ask for it per collection and per member. The loaded
    # list itself, not a copy (six million entries at 20,000 x 300): a loaded document's
    # data is never changed.
    members: Sequence[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        listed = self.doc.data.get("members")
        object.__setattr__(self, "members",
                           listed if isinstance(listed, list) else tuple(listed or ()))

    @property
    def data(self) -> dict[str, Any]:
        return self.doc.data

    @property
    def name(self) -> str:
        return str(self.doc.data["name"])

    @property
    def access_type(self) -> str:
        return str(self.doc.data.get("access_type", ""))

    @property
    def status(self) -> str:
        return str(self.doc.data.get("status", "active"))

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True, slots=True)
class Record:
    """A vendor, fund or licence file (seed 004's network-level acquisitions data)."""

    doc: Document

    @property
    def code(self) -> str:
        return str(self.doc.data["code"])

    @property
    def data(self) -> dict[str, Any]:
        return self.doc.data


@dataclass(slots=True)
class Network:
    """Everything the rules and renderers see. Lists are sorted by file path."""

    root: Path
    institutions: dict[str, Institution] = field(default_factory=dict)
    collections: list[Collection] = field(default_factory=list)
    policies: dict[str, Document] = field(default_factory=dict)
    # Codes of institution files that exist but failed their schema: known, so that
    # a broken institution file does not also turn every use of its code into an error.
    extra_codes: set[str] = field(default_factory=set)
    # vendors/, funds/ and licences/, by code.
    vendors: dict[str, Record] = field(default_factory=dict)
    funds: dict[str, Record] = field(default_factory=dict)
    licences: dict[str, Record] = field(default_factory=dict)

    # Every vendor, fund and licence file by path, including any whose code repeats another's.
    record_files: list[Record] = field(default_factory=list)
    # costs/: one file per shared resource, by path (nzconfig.domain.costs reads them).
    costs: list[Document] = field(default_factory=list)
    # The day the run counts as today, one for the whole run (validate sets it: its `today`,
    # else $NZCONFIG_TODAY or the clock); None outside a validation.
    today: date | None = None
    # Views the domain and the rules derive from this Network (the CDI matrix's index, access
    # counts, the cost analysis), computed once each: see derived().
    _derived: dict[Hashable, Any] = field(default_factory=dict, repr=False, compare=False)

    def derived(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, once per key for this Network. A key names what the value depends
        on beyond the Network's files (a parameter, the number of collections)."""
        if key not in self._derived:
            self._derived[key] = compute()
        value: T = self._derived[key]
        return value

    def forget_derived(self) -> None:
        """Drop the derived views (the cost analysis alone is tens of MB in a large
        consortium); any asked for again is computed again."""
        self._derived.clear()

    def add_record(self, kind: str, doc: Document) -> None:
        record = Record(doc)
        self.record_files.append(record)
        self.records(kind).setdefault(record.code, record)

    def records(self, kind: str) -> dict[str, Record]:
        """The records of one kind: ``vendor``, ``fund`` or ``licence``."""
        return {"vendor": self.vendors, "fund": self.funds, "licence": self.licences}[kind]

    def known_codes(self) -> set[str]:
        return set(self.institutions) | self.extra_codes

    def policy(self, kind: str) -> dict[str, Any]:
        """The data of a policy file (by schema kind), or {} when the file is absent."""
        doc = self.policies.get(kind)
        return doc.data if doc is not None else {}

    @property
    def name_suffix(self) -> str:
        return str(self.policy("network").get("name_suffix", ""))

    # name -> the first collection of that name, built when first asked (cost files name
    # collections: a scan per name was quadratic in a large consortium).
    _by_name: tuple[int, dict[str, Collection]] = field(default=(-1, {}), repr=False,
                                                        compare=False)

    def collection(self, name: str) -> Collection | None:
        count, by_name = self._by_name
        if count != len(self.collections):  # built again if collections were added since
            by_name = {}
            for c in self.collections:
                by_name.setdefault(c.name, c)
            self._by_name = (len(self.collections), by_name)
        return by_name.get(name)
