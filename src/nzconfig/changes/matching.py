"""Which collection on one side is which on the other.

A collection is the same collection on both sides when it keeps its name (its file may
move), keeps its file (its name may change), or, failing both, when its Community Zone
name matches, or its package matches and its content is similar, or (with no package
named) its content is nearly identical, as git's rename detection would judge a moved
file. A file move or a name change is a rename, never a removal plus an addition.
"""

from __future__ import annotations

import json
from difflib import SequenceMatcher

from nzconfig.loading.model import Collection

SIMILAR = 0.5  # with the same package: a rename
NEAR_IDENTICAL = 0.9  # with nothing else in common: still a rename (a moved file)


def match(base: list[Collection], head: list[Collection],
          ) -> list[tuple[Collection | None, Collection | None]]:
    pairs: list[tuple[Collection | None, Collection | None]] = []
    left, right = list(base), list(head)
    for key in (_name, _file):
        # Each b takes the first collection of ``right`` with its key: by lookup, not by a
        # scan of ``right`` per collection (20,000 collections a side).
        waiting: dict[str, list[Collection]] = {}
        for h in reversed(right):
            waiting.setdefault(key(h), []).append(h)  # reversed: pop() gives the first
        unmatched, taken = [], set()
        for b in left:
            queue = waiting.get(key(b))
            if queue:
                a = queue.pop()
                pairs.append((b, a))
                taken.add(id(a))
            else:
                unmatched.append(b)
        left = unmatched
        right = [h for h in right if id(h) not in taken]
    candidates = sorted(
        ((score, b.doc.file, a.doc.file, b, a) for b in left for a in right
         if (score := _rename_score(b, a)) > 0),
        key=lambda t: (-t[0], t[1], t[2]))
    for _, _, _, b, a in candidates:
        if b in left and a in right:
            pairs.append((b, a))
            left.remove(b)
            right.remove(a)
    pairs += [(b, None) for b in left]
    pairs += [(None, a) for a in right]
    return pairs


def _name(c: Collection) -> str:
    return c.name


def _file(c: Collection) -> str:
    return c.doc.file


def _rename_score(b: Collection, a: Collection) -> float:
    """0 when not a rename; higher for a surer match."""
    similarity = SequenceMatcher(None, _canonical(b), _canonical(a)).ratio()
    cz = b.data.get("cz_name")
    if cz and cz == a.data.get("cz_name"):
        return 2 + similarity
    package, other = b.data.get("package"), a.data.get("package")
    if package and other and package != other:
        return 0.0  # another provider's package is another collection
    if package and package == other and similarity >= SIMILAR:
        return 1 + similarity
    return similarity if similarity >= NEAR_IDENTICAL else 0.0


def _canonical(collection: Collection) -> str:
    data = {k: v for k, v in collection.data.items() if k != "name"}
    return json.dumps(data, sort_keys=True, default=str)
