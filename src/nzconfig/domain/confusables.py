"""Unicode's confusable skeletons (UTS #39, section 4): two names that look the same.

``skeleton(x)`` is NFD, then every character replaced by its prototype from Unicode's
``confusables.txt``, then NFD again; two strings are confusable when their skeletons are
equal. The data comes from the ``confusable-homoglyphs`` package, which ships
confusables.txt as JSON (each source character with its prototype, each prototype with its
sources) and follows Unicode's releases; a pip upgrade brings new data without a release of
nzconfig. Its JSON lists the mapping in both directions, so the prototypes are recovered as
classes: a source and its prototype are one class (named by its smallest character), and a
character whose prototype is several characters (``m`` -> ``rn``) maps to those.
"""

from __future__ import annotations

import functools
import json
import unicodedata

# The package wraps right-to-left characters in left-to-right marks for display.
_MARKS = "\u200e\u200f"


# The table's ASCII part, so that a repository whose names are all ASCII (most) does not
# load the data (a sixth of a second per run); tests/domain/test_confusables.py checks that
# it is the data's.
ASCII = {'"': "''", "%": "\u00ba/\u2080", "I": "1", "O": "0", "`": "'", "l": "1", "m": "rn",
         "|": "1"}


def skeleton(text: str) -> str:
    if text.isascii():
        return unicodedata.normalize("NFD", "".join(ASCII.get(c, c) for c in text))
    table = _prototypes()
    mapped = "".join(table.get(c, c) for c in unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFD", mapped)


@functools.cache
def _prototypes() -> dict[str, str]:
    from importlib.resources import files  # only for text that is not ASCII (1-2 ms)

    raw = files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
    data: dict[str, list[dict[str, str]]] = json.loads(raw)
    parent: dict[str, str] = {}

    def find(c: str) -> str:
        root = c
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(c, c) != root:  # path compression
            parent[c], c = root, parent[c]
        return root

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    longer: dict[str, str] = {}
    for key, entries in data.items():
        source = key.strip(_MARKS)
        targets = [e["c"].strip(_MARKS) for e in entries]
        if len(source) != 1:
            continue  # a prototype of several characters: its sources list it
        if len(targets) == 1 and len(targets[0]) > 1:
            longer[source] = targets[0]
            continue
        for target in targets:
            if len(target) == 1:
                union(source, target)
    table = {c: find(c) for c in parent if find(c) != c}
    for source, target in longer.items():
        table[source] = "".join(table.get(c, c) for c in target)
    return table
