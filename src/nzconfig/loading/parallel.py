"""Loading a large repository's files in parallel processes, where that pays.

Reading and checking a file is Python work (the fast reader, or libyaml's composer and our
builder), so threads do not help; processes do. Forked workers load the later runs of
files while this process loads the first share, and send their documents back pickled
(about a tenth of what loading them cost: the shared paths and positions pickle once).

When it pays (measured, docs/performance.md): only with a core to spare. The cores this
process may use are its CPU affinity, capped by a cgroup CPU quota (a container's
``cpu.max``); the cores to spare are those less the machine's load (the 1-minute load
average: the runnable processes of everyone). On a machine whose cores are busy with other
jobs a second process only takes turns with the first, and the fork, the imports and the
pickles are lost; below MIN_FILES files they cost more than the shared work saves.
``NZCONFIG_JOBS`` (a number) sets the processes outright, whatever the load: 1 = never fork.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
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
CPU_MAX = "/sys/fs/cgroup/cpu.max"  # cgroup v2: this process's CPU quota, if it has one


def _setting() -> int | None:
    setting = os.environ.get("NZCONFIG_JOBS", "").strip()
    return int(setting) if setting.isdigit() and int(setting) > 0 else None


def cores() -> int:
    """The cores this process may run on: its CPU affinity, capped by a cgroup v2 quota."""
    try:
        count = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        count = os.cpu_count() or 1
    try:  # "max 100000" (no quota) or "<quota> <period>" in microseconds
        quota, period = Path(CPU_MAX).read_text(encoding="ascii").split()[:2]
        if quota != "max":
            count = min(count, max(1, int(quota) // int(period)))
    except (OSError, ValueError):
        pass
    return count


def spare_cores() -> int:
    """Cores this process may use that the machine's other work leaves idle (by the
    1-minute load average, which counts this process too while it runs)."""
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average: assume the cores are free
        load = 0.0
    return max(0, int(cores() - load + 0.5))


def processes(files: int, spare: bool = True) -> int:
    """How many processes should load ``files`` files (1: this one alone). Without
    ``spare``, idle cores are not asked for (NZCONFIG_JOBS still decides when set)."""
    setting = _setting()
    if setting is not None:
        return min(setting, max(files, 1))
    if files < MIN_FILES or not spare:
        return 1
    # This process is one of the load's runnable processes once it runs: a helper needs a
    # core beyond it.
    return max(1, min(cores(), spare_cores()))


def worth_it(files: int) -> bool:
    return _pays(processes(files))


def _pays(processes: int) -> bool:
    if processes < 2:
        return False
    import multiprocessing  # only here: its imports cost the small repository's start-up

    return "fork" in multiprocessing.get_all_start_methods()


def load_all(sources: Sequence[SourceFile], spare: bool = True) -> list[Loaded]:
    """Every file loaded and schema-checked, in order; in parallel when ``processes``
    (``spare`` as there) says so and forking is possible."""
    # Asked once: the machine's load can change between two answers.
    count = processes(len(sources), spare)
    if not _pays(count):
        return [load_one(s) for s in sources]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = count - 1
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
