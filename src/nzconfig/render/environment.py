"""The Jinja2 environment: sandboxed, autoescaping HTML and XHTML, repository templates first.

A consortium overrides a shipped template by putting a file of the same name in its
repository's templates/ folder; the shipped one stays reachable as ``default/NAME`` so an
override can ``{% extends "default/NAME" %}`` and change one block. Templates come from pull
requests, so they run in Jinja2's immutable sandbox (no attribute tricks, no code), and a
template file that links outside templates/ is refused rather than read.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateNotFound,
)
from jinja2.runtime import LoopContext
from jinja2.sandbox import ImmutableSandboxedEnvironment

from nzconfig.core.wording import plural

TEMPLATES = "templates"
# Read-only properties of a for loop's ``loop`` that return numbers or booleans.
_LOOP_COUNTERS = frozenset({"index", "index0", "revindex", "revindex0", "first", "last",
                            "length", "depth", "depth0"})
ESCAPED = (".html", ".htm", ".xhtml", ".xml")


class RepositoryLoader(FileSystemLoader):
    """A FileSystemLoader that will not follow a link out of its folder."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder), encoding="utf-8", followlinks=False)
        self.folder = folder.resolve()

    def get_source(self, environment: Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        if not Path(filename).resolve().is_relative_to(self.folder):
            raise TemplateNotFound(template, "links outside the repository's templates/")
        return source, filename, uptodate


def autoescape(name: str | None) -> bool:
    return name is not None and name.lower().endswith(ESCAPED)


class Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with a fast path for the fields of the render's view classes.

    The sandbox vets every attribute a template reads, at some microseconds each; a large
    consortium's pages read millions. A declared field of one of our frozen view dataclasses
    holds plain data (text, numbers, tuples, other views), so reading it needs no vetting;
    nor do the counters of a for loop's ``loop`` (read once per line of a large CSV).
    Everything else (methods, dunders, other types) goes through the sandbox as before.
    """

    def __init__(self, views: Iterable[type], **options: Any) -> None:
        super().__init__(**options)
        self.view_fields = {cls: frozenset(f.name for f in dataclasses.fields(cls))
                            for cls in views}
        self.view_fields[LoopContext] = _LOOP_COUNTERS

    def getattr(self, obj: Any, attribute: str) -> Any:
        fields = self.view_fields.get(type(obj))
        if fields is not None and attribute in fields:
            return getattr(obj, attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        fields = self.view_fields.get(type(obj))
        if fields is not None and isinstance(argument, str) and argument in fields:
            return getattr(obj, argument)
        return super().getitem(obj, argument)


def environment(root: Path | None, views: Iterable[type] = ()) -> Environment:
    shipped = PackageLoader("nzconfig", TEMPLATES)
    loaders: list[BaseLoader] = []
    if root is not None and (root / TEMPLATES).is_dir():
        loaders.append(RepositoryLoader(root / TEMPLATES))
    loaders += [shipped, PrefixLoader({"default": shipped})]
    env = Sandbox(
        views,
        loader=ChoiceLoader(loaders),
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(md=markdown, md_code=markdown_code, csv_row=csv_row, plural=plural)
    return env


# Characters with a meaning inside a Markdown table cell or inline text (GFM): a backslash
# makes each literal. `<` and `>` too, so a value can never become raw HTML on the wiki.
_MARKDOWN = re.compile(r"([\\`*_\[\]<>|~$])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_BREAK = re.compile(r"\s*[\r\n]+\s*")
# At the start of a list item or heading these would open a block (heading, list, quote).
_BLOCK_START = re.compile(r"^([#+=-]|\d+(?=[.)]))")


def _inline(value: str) -> str:
    return _ENTITY.sub("&amp;", _MARKDOWN.sub(r"\\\1", value))


def markdown(value: Any) -> str:
    """Inline Markdown text that shows ``value`` exactly, also inside a table cell."""
    return _markdown("" if value is None else str(value))


@functools.lru_cache(maxsize=1 << 16)  # names and codes recur on every member's page
def _markdown(value: str) -> str:
    return _block_safe(_inline(value))


_CODE_SPAN = re.compile(r"(`[^`\r\n]+`)")


def markdown_code(value: Any) -> str:
    """Like ``markdown``, but a message's `code` stays a code span (for list items, not
    table cells: a `|` inside a code span would still split a cell)."""
    parts = _CODE_SPAN.split("" if value is None else str(value))
    return _block_safe("".join(p if i % 2 else _inline(p) for i, p in enumerate(parts)))


def _block_safe(escaped: str) -> str:
    escaped = _LINE_BREAK.sub(" ", escaped).strip()
    match = _BLOCK_START.match(escaped)
    if match is None:
        return escaped
    if match.group(1)[0].isdigit():  # "1. x" would start a numbered list
        end = match.end()
        return f"{escaped[:end]}\\{escaped[end:]}"
    return f"\\{escaped}"


# A cell starting with one of these is run as a formula by spreadsheet programs; a leading
# apostrophe makes it text (the usual defence against CSV injection).
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


_QUOTED = re.compile(r'[",\r\n]')


def csv_row(values: Iterable[Any]) -> str:
    """One CSV record (RFC 4180 quoting), without its line end."""
    cells = [_csv_cell("" if v is None else str(v)) for v in values]
    return '""' if cells == [""] else ",".join(cells)  # a lone empty cell is not an empty line


@functools.lru_cache(maxsize=1 << 16)  # titles and codes recur on every member's row
def _csv_cell(cell: str) -> str:
    if cell.startswith(_FORMULA):
        cell = f"'{cell}"
    # Quoted where it holds a quote, a comma or a line break (csv.writer with lineterminator=""
    # left line breaks bare, which split the record).
    return '"' + cell.replace('"', '""') + '"' if _QUOTED.search(cell) else cell

