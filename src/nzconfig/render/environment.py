"""The Jinja2 environment: sandboxed, autoescaping HTML and XHTML, repository templates first.

A consortium overrides a shipped template by putting a file of the same name in its
repository's templates/ folder; the shipped one stays reachable as ``default/NAME`` so an
override can ``{% extends "default/NAME" %}`` and change one block. Templates come from pull
requests, so they run in Jinja2's immutable sandbox (no attribute tricks, no code), and a
template file that links outside templates/ is refused rather than read.
"""

from __future__ import annotations

import dataclasses
import importlib.abc
import importlib.util
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2 import (
    BaseLoader,
    BytecodeCache,
    ChoiceLoader,
    Environment,
    PackageLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateNotFound,
    nodes,
)
from jinja2.bccache import Bucket
from jinja2.compiler import CodeGenerator, Frame
from jinja2.loaders import split_template_path
from jinja2.runtime import Context, LoopContext
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from nzconfig.core.errors import FatalError
from nzconfig.core.fsutil import Refused, read_regular
from nzconfig.core.markup import csv_row, markdown, visible
from nzconfig.core.wording import plural
from nzconfig.render import budgets
from nzconfig.render.bulk import HtmlLines, Lines

TEMPLATES = "templates"
# Read-only properties of a for loop's ``loop`` that return numbers or booleans.
_LOOP_COUNTERS = frozenset({"index", "index0", "revindex", "revindex0", "first", "last",
                            "length", "depth", "depth0"})
ESCAPED = (".html", ".htm", ".xhtml", ".xml")


# An override template is a page's worth of text.
MAX_TEMPLATE_BYTES = 1024 * 1024


class RepositoryLoader(BaseLoader):
    """The repository's templates/: only regular files of bounded size inside the folder
    (a link out of it, a FIFO or a device is refused rather than read)."""

    def __init__(self, folder: Path) -> None:
        if folder.is_symlink():
            raise FatalError(f"{TEMPLATES}/: is a symbolic link to a folder; refused "
                             f"(make {TEMPLATES}/ a real folder in the repository)")
        self.folder = folder.resolve()

    def get_source(self, environment: Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        path = self.folder.joinpath(*split_template_path(template))
        if not os.path.lexists(path):
            raise TemplateNotFound(template)
        if not path.resolve().is_relative_to(self.folder):
            raise TemplateNotFound(template, "links outside the repository's templates/")
        try:
            raw = read_regular(path, MAX_TEMPLATE_BYTES)
            source = raw.decode("utf-8")
        except IsADirectoryError:
            raise TemplateNotFound(template) from None
        except (OSError, Refused, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else exc
            raise FatalError(f"{TEMPLATES}/{template}: {reason}") from None
        return source, str(path), lambda: True

    def list_templates(self) -> list[str]:
        return []


def autoescape(name: str | None) -> bool:
    return name is not None and name.lower().endswith(ESCAPED)


class _SizedConcat(CodeGenerator):
    """``a ~ b`` builds a string no operator hook sees: its result is checked too."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.sized(")
        super().visit_Concat(node, frame)
        self.write(")")


class Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with a fast path for the fields of the render's view classes.

    The sandbox vets every attribute a template reads, at some microseconds each; a large
    consortium's pages read millions. A declared field of one of our frozen view dataclasses
    holds plain data (text, numbers, tuples, other views), so reading it needs no vetting;
    nor do the counters of a for loop's ``loop`` (read once per line of a large CSV).
    Everything else (methods, dunders, other types) goes through the sandbox as before.
    """

    code_generator_class = _SizedConcat

    def __init__(self, views: Iterable[type], **options: Any) -> None:
        super().__init__(**options)
        self.budget = budgets.Budget()
        # Whether the repository overrides templates (environment() says): only then is a
        # page's length bounded, as only then can a template's code come from a pull request.
        self.overridden = True
        self.sized = budgets.sized
        self.globals["range"] = self.budget.range
        for name, function in list(self.filters.items()):
            self.filters[name] = budgets.guarded_filter(function)
        self.view_fields = {cls: frozenset(f.name for f in dataclasses.fields(cls))
                            for cls in views}
        self.view_fields[LoopContext] = _LOOP_COUNTERS

    # Operators whose result may be far larger than their operands: checked before.
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        budgets.binop(operator, left, right)
        return budgets.sized(super().call_binop(context, operator, left, right))

    def call(__self, __context: Context, __obj: Any,
             *args: Any, **kwargs: Any) -> Any:
        budgets.check_arguments(args, kwargs)
        target = getattr(__obj, "__wrapped__", __obj)
        if getattr(target, "__name__", "") in ("format", "format_map"):
            budgets.check_format(getattr(target, "__self__", None))
        return budgets.sized(super().call(__context, __obj, *args, **kwargs))

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


class CompiledTemplates(BytecodeCache):
    """Compiled templates kept in memory for the life of the process, never on disk.

    Compiling the shipped templates is most of a small render's time, and every render makes
    a new environment. Jinja keys an entry by the template's name and file and checks it
    against the source's checksum before use, so an edited or overriding template is
    compiled afresh; every Sandbox compiles with the same options, so the code is the same.
    Bounded by the templates a process renders with (one repository's, in the CLI).
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def get_bucket(self, environment: Environment, name: str, filename: str | None,
                   source: str) -> Bucket:
        bucket = super().get_bucket(environment, name, filename, source)
        if bucket.code is None:
            code = precompiled_code(name, bucket.checksum)
            if code is not None:  # shown at the template's file, as a compiled one is
                bucket.code = _renamed(code, filename or "<template>")
                self.set_bucket(bucket)  # kept for the process, as a compiled one is
        return bucket

    def load_bytecode(self, bucket: Any) -> None:
        if (code := self._code.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Any) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


COMPILED = CompiledTemplates()


def precompiled_code(name: str, checksum: str) -> CodeType | None:
    """The code Jinja made of the shipped template ``name`` when the package
    ``nzconfig.render.precompiled`` was generated, if the template's source has that checksum
    and this is that Jinja: parsing, generating and compiling code for the shipped templates
    was most of their compile time (0.1 s of every render). A module's code comes from its
    bytecode when Python has it (pip writes it at install time). Anything else is compiled as
    usual."""
    from nzconfig.render import precompiled

    found = precompiled.TEMPLATES.get(name)
    if found is None or found[0] != checksum or jinja2.__version__ != precompiled.JINJA:
        return None
    spec = importlib.util.find_spec(f"{precompiled.__name__}.{found[1]}")
    loader = spec.loader if spec is not None else None
    if not isinstance(loader, importlib.abc.InspectLoader):
        return None
    return loader.get_code(spec.name)  # type: ignore[union-attr]


def _renamed(code: CodeType, filename: str) -> CodeType:
    """``code`` and the functions in it, as compiled from ``filename``."""
    consts = tuple(_renamed(c, filename) if isinstance(c, CodeType) else c
                   for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


def environment(root: Path | None, views: Iterable[type] = ()) -> Environment:
    shipped = PackageLoader("nzconfig", TEMPLATES)
    loaders: list[BaseLoader] = []
    if root is not None and ((root / TEMPLATES).is_dir() or (root / TEMPLATES).is_symlink()):
        loaders.append(RepositoryLoader(root / TEMPLATES))
    overridden = bool(loaders)  # the repository's templates/ comes first
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
        finalize=_finalize,
        bytecode_cache=COMPILED,
    )
    env.overridden = overridden
    env.filters.update(md=markdown, md_code=markdown_code, csv_row=csv_row, plural=plural)
    return env


def markdown_code(value: Any) -> str:
    """The ``md_code`` filter: a message whose `code` spans stay code (list items only)."""
    return markdown(value, code_spans=True)


def _finalize(value: Any) -> Any:
    """Every value a template prints: control, bidi and zero-width characters become visible
    escapes, in HTML and CSV as in Markdown (where ``md`` has done so already; and the bulk
    filters' lines, whose every value has been, are printed as they are)."""
    kind = type(value)
    if kind is Lines:
        return value.text
    if kind is HtmlLines:
        return Markup(value.text)
    if isinstance(value, str):
        shown = visible(value, lines=True)
        if shown is not value and shown != value:
            return Markup(shown) if isinstance(value, Markup) else shown
    return value

