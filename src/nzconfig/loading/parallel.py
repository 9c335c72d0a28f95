"""Loading a large repository's files in parallel processes, where that pays.

Parsing is pure Python per YAML value (libyaml composes, our builder keeps positions), so
threads do not help; processes do. With more than one core free and at least MIN_FILES
files, the files are split into as many runs as there are cores: forked workers load the
later runs while this process loads the first, and send their documents back pickled
(which costs about a tenth of what parsing them did). Below MIN_FILES, or on one core, a
fork costs more than it saves, so the files load here, one after the other.
``NZCONFIG_JOBS`` (a number; 1 = never fork) overrides the number of cores.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from nzconfig.core.diagnostics import Diagnostic
from nzconfig.loading import schema
from nzconfig.loading.loader import Document, load_bytes, read_file
from nzconfig.loading.repo import SourceFile

if TYPE_CHECKING:
    from concurrent.futures import Future

Loaded = tuple[Document | list[Diagnostic], list[Diagnostic]]
MIN_FILES = 1000  # measured: from about here two processes beat one (docs/performance.md)
RUN = 500  # files a worker loads and sends back at a time


def jobs() -> int:
    """How many processes may load files: NZCONFIG_JOBS, else the cores this one may use."""
    setting = os.environ.get("NZCONFIG_JOBS", "").strip()
    if setting.isdigit() and int(setting) > 0:
        return int(setting)
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def worth_it(files: int) -> bool:
    if files < MIN_FILES or jobs() < 2:
        return False
    import multiprocessing  # only here: its imports cost the small repository's start-up

    return "fork" in multiprocessing.get_all_start_methods()


def load_all(sources: Sequence[SourceFile]) -> list[Loaded]:
    """Every file loaded and schema-checked, in order; in parallel when ``worth_it``."""
    if not worth_it(len(sources)):
        return [load_one(s) for s in sources]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = min(jobs(), len(sources)) - 1
    own = len(sources) // (workers + 1)  # this process loads the first share itself
    # The workers' share goes in runs of RUN files: each comes back as one pickle, so what is
    # in flight stays a few MB whatever the repository's size.
    runs = [list(sources[i:i + RUN]) for i in range(own, len(sources), RUN)]
    try:
        # fork: the workers start with the schemas and rules imported, and return at once.
        pool = ProcessPoolExecutor(workers, multiprocessing.get_context("fork"))
    except (OSError, ValueError):
        return [load_one(s) for s in sources]
    with pool:
        futures: list[Future[list[Loaded]]] = [pool.submit(_load_run, run) for run in runs]
        result = [load_one(s) for s in sources[:own]]
        for run, future in zip(runs, futures, strict=True):
            try:
                result += future.result()
            except Exception:  # a worker that died: load its run here
                result += [load_one(s) for s in run]
    return result


def _load_run(run: list[SourceFile]) -> list[Loaded]:
    return [load_one(s) for s in run]


def load_one(source: SourceFile) -> Loaded:
    return load_source(source, read_file(source.path, source.file))


def load_source(source: SourceFile, raw: bytes | list[Diagnostic]) -> Loaded:
    """A file's bytes (or why they could not be read) loaded and schema-checked: the
    document or the diagnostics that refuse it, and its schema findings."""
    if isinstance(raw, list):
        return raw, raw
    loaded = load_bytes(raw, source.file)
    return loaded, schema.check(loaded, source.kind) if isinstance(loaded, Document) else loaded
