"""A collection's file name is derived from its name, one way only.

The rule: take the name, turn accented letters into plain ones, lower-case it, replace
every run of characters other than ``a-z`` and ``0-9`` with one ``-``, trim ``-`` from both
ends, and add ``.yaml``. ``JSTOR Open Access (WRLC)`` lives in
``collections/jstor-open-access-wrlc.yaml``. ``nzconfig import-table`` names files so.

Why: a reviewer finds a collection's file from its name, and a rename shows as a rename.

Fix: rename the file to the name in the hint (``git mv``, or ``mv`` for a new file that git
does not track yet).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import PurePosixPath
from typing import Any

from nzconfig.core.diagnostics import Severity
from nzconfig.domain.naming import collection_file_name
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = "NZ154"
FIXED = False
NAME = "collection-file-name"
TITLE = "Collection file names are derived from collection names"
SEVERITY = Severity.ERROR
SEED = "repository layout"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    for collection in network.collections:
        expected = collection_file_name(collection.name)
        actual = PurePosixPath(collection.doc.file).name
        if actual != expected:
            yield Finding(
                collection.doc, ("name",),
                f"file name `{actual}` does not match the collection name",
                f"rename it to collections/{expected}: `git mv {collection.doc.file} "
                f"collections/{expected}` (plain `mv` for a new file git does not track yet)",
                collection=collection.name,
            )
