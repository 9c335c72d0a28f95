"""Which files a render produces, and their bytes: one template per output."""

from __future__ import annotations

import base64
import hashlib
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from jinja2 import Environment, TemplateError
from markupsafe import Markup

from nzconfig.core.errors import FatalError
from nzconfig.engine.validate import collector_paused
from nzconfig.render import budgets, bulk, cell_rows
from nzconfig.render.budgets import Budget, BudgetExceeded
from nzconfig.render.context import Member
from nzconfig.render.site import Checklist, ChecklistIndex, Site


@dataclass(frozen=True, slots=True)
class Page:
    path: str  # relative to the output folder, POSIX separators
    template: str
    title: str
    description: str
    nav: str = ""  # its label in the HTML pages' navigation; "" when not listed there


# In the order the index lists them. Per-member pages are added after these.
PAGES: tuple[Page, ...] = (
    Page("collections.html", "collections.html", "Shared electronic collections",
         "The wiki table: sort by any column, filter by member, access type and provider.",
         "Collections"),
    Page("access-matrix.html", "access-matrix.html", "Access matrix",
         "Collections by members, with totals per member and per collection.",
         "Access matrix"),
    Page("cdi-settings.html", "cdi-settings.html", "CDI settings report",
         "Every member's effective CDI settings on every collection, and where each comes "
         "from.", "CDI settings"),
    Page("validation.html", "validation.html", "Validation summary",
         "Findings by rule and severity; waivers and their expiry dates.", "Validation"),
    Page("open-access-review.html", "open-access-review.html", "Open-access review",
         "The shared open-access collections, who opted in, and the review's findings.",
         "Open-access review"),
    Page("collections.md", "collections.md", "Shared electronic collections (Markdown)",
         "The wiki table in GitHub-flavoured Markdown."),
    Page("collections.xhtml", "collections.xhtml",
         "Shared electronic collections (Confluence)",
         "The wiki table in Confluence storage format, to paste into a Confluence page."),
    Page("collections.csv", "collections.csv", "Shared electronic collections (CSV)",
         "The spreadsheet: the wiki table's columns, then Status."),
    Page("access-matrix.csv", "access-matrix.csv", "Access matrix (CSV)",
         "The access matrix as a spreadsheet."),
    Page("cdi-settings.md", "cdi-settings.md", "CDI settings report",
         "Every member's effective CDI settings on every collection, and where each comes "
         "from."),
    Page("cdi-settings.csv", "cdi-settings.csv", "CDI settings (CSV)",
         "The CDI settings report, one line per collection and member."),
    Page("validation.md", "validation.md", "Validation summary",
         "Findings by rule and severity; waivers and their expiry dates."),
    Page("open-access-review.md", "open-access-review.md", "Open-access review",
         "The shared open-access collections, who opted in, and the review's findings."),
    Page("index.md", "index.md", "Index", "Links to every page, for a repository wiki."),
)
INDEX = Page("index.html", "index.html", "Index", "Links to every page.", "Index")
MEMBER_TEMPLATES = ("member.html", "member.md")
SCRIPT, STYLE = "collections.js", "style.css"


def pages(site: Site) -> tuple[Page, ...]:
    members = tuple(Page(member_path(p.member, template), template,
                         f"Checklist for {p.member.label}",
                         f"{p.member.label}: its collections and the CDI settings to set.")
                    for p in site.member_pages for template in MEMBER_TEMPLATES)
    costs = tuple(Page(c.path, c.template, c.title, c.description,
                       f"Costs {c.path.rsplit('-', 1)[-1][:-5]}"
                       if c.template == "costs/consortium.html" else "")
                  for c in site.costs.pages)
    usage = tuple(Page(u.path, u.template, u.title, u.description,
                       f"Usage {u.path.rsplit('-', 1)[-1][:-5]}"
                       if u.template == "usage/consortium.html" else "")
                  for u in site.usage.pages)
    return (INDEX, *PAGES, *costs, *usage, *members)


def member_path(member: Member, template: str) -> str:
    """The member's checklist page in the template's format (Member.page is the Markdown)."""
    return member.page.removesuffix(".md") + template.removeprefix("member")


def _csp_hash(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


CHUNK = 1 << 16  # characters of a page encoded and written at a time
BATCH = 32  # template pieces joined at a time (a bulk block is about bulk.BLOCK)


def add_filters(env: Environment) -> None:
    """The filters the shipped templates name besides the environment's own: the bulk rows
    of the large tables (bulk) and of the cost and usage tables (cell_rows)."""
    env.filters.update(bulk.filters())
    env.filters.update(cell_rows.filters())


class Rendered:
    """Every output file, rendered when asked for (an ``output.Source``): a large consortium's
    pages add up to hundreds of MB, so only the page being written is ever in memory. A
    broken or unsafe template is fatal (exit 2)."""

    def __init__(self, env: Environment, site: Site) -> None:
        self.env, self.site = env, site
        add_filters(env)  # before any template compiles: they name them
        self.pages = pages(site)
        with _fatal():
            script = env.get_template(SCRIPT).render()
            style = env.get_template(STYLE).render()
            for name in sorted({p.template for p in self.pages}):
                env.get_template(name)  # a template that does not compile fails before writing
        self.assets = {
            # Inline, so the pages work offline; the Content-Security-Policy names their
            # hashes, so the browser runs nothing else and fetches nothing at all.
            "script": Markup(script), "script_hash": _csp_hash(script),
            "style": Markup(style), "style_hash": _csp_hash(style),
        }
        self.paths = tuple(p.path for p in self.pages)
        # The pages _nav.html links: looked up once, not on every HTML page (a wide
        # consortium's 800 cost and usage pages made that 1,400 x 900 sandboxed reads).
        self.nav = tuple(p for p in self.pages if p.nav)
        self._by_path = {p.path: p for p in self.pages}
        self._members = {member_path(p.member, t): p.member
                         for p in site.member_pages for t in MEMBER_TEMPLATES}
        self.member_paths = tuple(self._members)  # half the bytes of a large site
        self._checklists: ChecklistIndex | None = None  # made for the first member page
        self._checklist: Checklist | None = None  # the last one: a member has two pages

    def chunks(self, path: str) -> Iterator[bytes]:
        page = self._by_path[path]
        budget: Budget = getattr(self.env, "budget", None) or Budget()
        bound = budgets.PAGE_CHARS if getattr(self.env, "overridden", True) else None
        with _fatal(), budget.page():
            member = self._members.get(path)
            checklist = self._checklist_of(member) if member is not None else None
            pieces = self.env.get_template(page.template).generate(
                site=self.site, page=page, pages=self.pages, nav=self.nav, member=checklist,
                root="../" * page.path.count("/"), **self.assets)
            # Pieces are taken a batch at a time (a per-piece loop here was 8% of render) and
            # joined once, into the chunk; a bulk row block is at most CHUNK.
            buffer: list[str] = []
            size = total = 0
            # The cyclic collector rests while a page renders: its full collections walked
            # the whole loaded repository again and again (11% of render at 2,000 x 100).
            with collector_paused():
                while batch := list(islice(pieces, BATCH)):
                    buffer += batch
                    size += sum(map(len, batch))
                    if size >= CHUNK:
                        total += size
                        if bound is not None and total > bound:
                            raise _too_long(bound)
                        with budget.paused():
                            yield "".join(buffer).encode("utf-8")
                        buffer.clear()
                        size = 0
            if bound is not None and total + size > bound:
                raise _too_long(bound)
            yield "".join(buffer).encode("utf-8")

    def _checklist_of(self, member: Member) -> Checklist:
        if self._checklist is None or self._checklist.member is not member:
            if self._checklists is None:
                self._checklists = ChecklistIndex(self.site)
            self._checklist = self._checklists.checklist(member)
        return self._checklist


def _too_long(bound: int) -> BudgetExceeded:
    return BudgetExceeded(f"the page is longer than {bound:,} characters")


@contextmanager
def _fatal() -> Iterator[None]:
    """Any failure of a template, at compile or run time, is a template error naming the
    template's file and line (exit 2), not an internal error."""
    try:
        yield
    except FatalError:
        raise
    except TemplateError as exc:
        where = _where(exc) or _frame(exc)
        raise FatalError(f"template error: {where}{exc.message or exc}") from exc
    except Exception as exc:
        where = _frame(exc)
        if not where:
            raise  # not in a template: a bug of ours, reported as one
        what = {RecursionError: "recursion too deep", MemoryError: "out of memory"}.get(
            type(exc), f"{type(exc).__name__}: {exc}")
        raise FatalError(f"template error: {where}{what}") from exc


def _frame(exc: BaseException) -> str:
    """``templates/NAME:LINE: `` of the innermost template frame of the traceback (jinja
    rewrites it so that template code shows as the template's file and line)."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if not frame.filename.endswith(".py") and frame.filename != "<template>":
            parts = Path(frame.filename).parts
            at = max((i for i, part in enumerate(parts) if part == "templates"), default=-1)
            shown = "/".join(parts[at:]) if at >= 0 else parts[-1]
            return f"{shown}:{frame.lineno}: "
    return ""


def _where(exc: TemplateError) -> str:
    name = getattr(exc, "name", None) or getattr(exc, "filename", None)
    line = getattr(exc, "lineno", None)
    if name and line:
        return f"{Path(str(name)).name}:{line}: "
    return f"{name}: " if name else ""
