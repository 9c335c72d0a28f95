"""What one page's template may spend: time, iterations, and the size of what it builds.

Override templates come from pull requests. The sandbox stops them reaching Python, but
not from looping (``range(100000)`` inside ``range(100000)``), allocating (``"x" * 10**10``,
``2 ** 10**9``, ``"%999999999s"|format(1)``, a string doubled by ``~`` in a loop) or writing
without end. Each of these is refused with a template error naming the file and line:

- time: ``SECONDS`` of wall time per page (a SIGALRM timer; the main thread only);
- iterations: ``ITERATIONS`` items of ``range()`` per page, all calls together;
- sizes: no value built (by ``*``, ``+``, ``~``, ``%``, a filter or a method) longer than
  ``VALUE_CHARS``, no number argument above ``NUMBER`` to a filter or method (a width, a
  count), no power with more than ``POWER_BITS`` bits;
- output: ``PAGE_CHARS`` characters per page, when the repository overrides templates (the
  shipped templates' pages grow with the repository alone: the CDI CSV of 20,000
  collections with 300 members each is about a billion characters).

The shipped templates use a small fraction of each (docs/performance.md).
"""

from __future__ import annotations

import functools
import math
import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from jinja2.exceptions import SecurityError

SECONDS = 120.0
ITERATIONS = 10_000_000
VALUE_CHARS = 64 * 1024 * 1024
NUMBER = 10_000_000
POWER_BITS = 4096
PAGE_CHARS = 512 * 1024 * 1024


class BudgetExceeded(SecurityError):
    """A template went over one of its budgets."""


class Budget:
    """The running counts of one page; ``page()`` starts a fresh one."""

    def __init__(self) -> None:
        self.iterations = 0
        self.active = False  # template code is running (not the writer between chunks)
        self.expired = False

    @contextmanager
    def page(self) -> Iterator[None]:
        """One page's budget; the timer counts from here."""
        self.iterations, self.active, self.expired = 0, True, False
        if threading.current_thread() is not threading.main_thread():
            yield  # no timer outside the main thread (only it receives signals)
            return
        previous = signal.signal(signal.SIGALRM, self._alarm)
        signal.setitimer(signal.ITIMER_REAL, SECONDS)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            self.active = False

    @contextmanager
    def paused(self) -> Iterator[None]:
        """While the page's text is handed out: time runs on, but an expiry is raised only
        once the template runs again (never inside the code writing the page)."""
        self.active = False
        yield
        self.active = True
        if self.expired:
            raise _too_slow()

    def _alarm(self, signum: int, frame: Any) -> None:
        self.expired = True
        if self.active:
            raise _too_slow()

    def range(self, *args: int) -> range:
        items = range(*args)
        self.iterations += len(items)
        if self.iterations > ITERATIONS:
            raise BudgetExceeded(f"more than {ITERATIONS:,} loop iterations (range) in one "
                                 "page")
        return items


def _too_slow() -> BudgetExceeded:
    return BudgetExceeded(f"the page took more than {SECONDS:g} seconds to render")


def sized(value: Any) -> Any:
    """``value``, if it is not longer than a template may build."""
    if isinstance(value, str | list | tuple | bytes) and len(value) > VALUE_CHARS:
        raise BudgetExceeded(f"a value of more than {VALUE_CHARS:,} characters or items")
    return value


def _length(value: Any) -> int | None:
    return len(value) if isinstance(value, str | list | tuple | bytes) else None


# A width or precision of a million or more, in a printf-style or a str.format field.
_WIDTH = re.compile(r"%[-#0 +]*(?:\*|\d{6,}|\d*\.\d{6,})|\{[^{}]*:[^{}]*\d{6,}[^{}]*\}")


def check_format(text: Any) -> None:
    """A format string asking for a width or precision of a million or more."""
    if isinstance(text, str) and _WIDTH.search(text):
        raise BudgetExceeded("a format width or precision of a million or more")


def binop(operator: str, left: Any, right: Any) -> None:
    """Refuse an operation whose result would be too large, before it is computed."""
    if operator == "*":
        for seq, n in ((left, right), (right, left)):
            size = _length(seq)
            if size is not None and isinstance(n, int) and size * n > VALUE_CHARS:
                raise BudgetExceeded(f"a value of more than {VALUE_CHARS:,} characters or "
                                     "items")
    elif operator == "**" and isinstance(left, int) and isinstance(right, int):
        if abs(left) > 1 and right * math.log2(abs(left)) > POWER_BITS:
            raise BudgetExceeded(f"a power of more than {POWER_BITS} bits")
    elif operator == "%":
        check_format(left)


def check_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """A number argument to a filter or method is a width or a count: bounded."""
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > NUMBER:
            raise BudgetExceeded(f"a number argument above {NUMBER:,} (a width or count)")


def guarded_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter whose arguments (not the value it filters) and result are bounded."""

    @functools.wraps(function)  # keeps jinja's pass_context/pass_eval_context marks
    def guarded(*args: Any, **kwargs: Any) -> Any:
        passes = getattr(function, "jinja_pass_arg", None)
        value_at = 1 if passes is not None else 0
        check_arguments(args[value_at + 1:], kwargs)
        if function.__name__ == "do_format" and len(args) > value_at:
            check_format(args[value_at])
        return sized(function(*args, **kwargs))

    return guarded
