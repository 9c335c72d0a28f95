"""Regular expressions from policy files: refused where matching could take exponential time.

Python's ``re`` backtracks, and a match cannot be interrupted (not by a signal either), so
a pattern such as ``(a+)+$`` from a pull request would hang validation on one long URL. A
time limit would make findings depend on the machine's speed; instead a pattern is refused,
before it is used, when it has one of the shapes that backtrack catastrophically:

- a repeat inside a repeat (``(a+)+``, ``(a*b?)*``): exponential;
- a repeated alternation (``(a|ab)+``): exponential;
- a backreference (``(a*)\\1``): matching is NP-hard in general;
- two unbounded repeats with nothing required between them (``a*a*``, ``.*x?.*``): each
  such pair multiplies the work by the subject's length;
- more than ``MAX_UNBOUNDED`` unbounded repeats, or a pattern longer than ``MAX_LENGTH``.

Together with a bound on the subject's length (the caller's), matching then takes at most
polynomial time of low degree. The shipped patterns and the common proxy shapes pass.
"""

from __future__ import annotations

import re
from typing import Any

try:
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11 called it sre_parse
    import sre_parse as _sre

MAX_LENGTH = 1_000
MAX_UNBOUNDED = 3
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)}


def backtracking_risk(pattern: str) -> str | None:
    """Why ``pattern`` is refused, or None when it is safe (or not a pattern at all: the
    caller's ``re.compile`` reports that)."""
    if len(pattern) > MAX_LENGTH:
        return f"the pattern is longer than {MAX_LENGTH:,} characters"
    try:
        tree = _sre.parse(pattern)
    except (re.error, RecursionError, OverflowError):
        return None
    walker = _Walker()
    walker.sequence(list(tree), inside_repeat=False)
    if walker.reason is None and walker.unbounded > MAX_UNBOUNDED:
        walker.reason = f"more than {MAX_UNBOUNDED} unbounded repeats (`*`, `+`, `{{n,}}`)"
    return walker.reason


class _Walker:
    def __init__(self) -> None:
        self.reason: str | None = None
        self.unbounded = 0

    def refuse(self, reason: str) -> None:
        self.reason = self.reason or reason

    def sequence(self, items: list[tuple[Any, Any]], inside_repeat: bool) -> None:
        open_repeat = False  # an unbounded repeat with nothing required after it yet
        for op, av in items:
            if op in _REPEATS:
                low, high, body = av
                if high > 1 and inside_repeat:
                    self.refuse("a repeat inside a repeat, like `(a+)+`")
                if high > 1 and _has_branch(list(body)):
                    self.refuse("a repeated alternation, like `(a|ab)+`")
                unbounded = high == _sre.MAXREPEAT
                if unbounded:
                    self.unbounded += 1
                    if open_repeat:
                        self.refuse("two unbounded repeats with nothing required between "
                                    "them, like `a*a*`")
                    open_repeat = True
                elif low > 0:
                    open_repeat = False
                self.sequence(list(body), inside_repeat or high > 1)
                continue
            if op in (_sre.GROUPREF, getattr(_sre, "GROUPREF_EXISTS", None)):
                self.refuse("a backreference, like `\\1`")
            for sub in _children(op, av):
                self.sequence(sub, inside_repeat)
            if op not in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT) and not _optional(op, av):
                open_repeat = False


def _children(op: Any, av: Any) -> list[list[tuple[Any, Any]]]:
    if op == _sre.SUBPATTERN:
        return [list(av[-1])]
    if op == _sre.BRANCH:
        return [list(alternative) for alternative in av[1]]
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return [list(av[1])]
    if op == getattr(_sre, "ATOMIC_GROUP", None):
        return [list(av)]
    return []


def _optional(op: Any, av: Any) -> bool:
    """Whether the item may match nothing (a group of optional items, an empty branch)."""
    if op == _sre.SUBPATTERN:
        return all(_optional(o, a) for o, a in av[-1])
    if op == _sre.BRANCH:
        return any(all(_optional(o, a) for o, a in alt) for alt in av[1])
    if op in _REPEATS:
        return bool(av[0] == 0)
    return op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)


def _has_branch(items: list[tuple[Any, Any]]) -> bool:
    for op, av in items:
        if op == _sre.BRANCH:
            return True
        if any(_has_branch(sub) for sub in _children(op, av)):
            return True
    return False
