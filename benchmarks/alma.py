"""Pull and drift of a large consortium against the Alma emulator: requests, time, memory.

    python benchmarks/alma.py                            # 20,000 collections x 100 members
    python benchmarks/alma.py --collections 2000 --members 100

Generates a repository with benchmarks/generate.py (kept in --work), serves it as Alma from
the test emulator (tests/services/alma_emulator.py) in this process, every member with its
own key, and runs as measured child processes:

1. ``nzconfig pull`` (every file gains alma_id and what else Alma knows, then validate);
2. ``nzconfig drift`` (nothing differs any more).

For each: wall time, peak resident memory of the nzconfig process (wait4's rusage, through
benchmarks/fresh.py's starter: this process holds the emulator's data, and a child started
straight from it would report this process's peak), the
requests the emulator answered, and the minimum the API allows for N collections and K
member keys: ceil(N/100) list pages + N collection GETs + N service lists + K tables
(docs/alma.md, "Limits and requests"). The emulator builds each collection's JSON when it is
asked for, so that its own memory stays out of the way.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.fresh import run  # noqa: E402
from benchmarks.generate import AS_OF  # noqa: E402
from tests.services.alma_emulator import (  # noqa: E402
    INHERITANCE_TABLE,
    NZ_READ_KEY,
    Emulator,
    alma_collection,
    alma_service,
    collection_id,
    guessed_linking,
    member_key,
)

FAST = """\
region: na
rate_limit: 1000
reserve: 0
timeout_seconds: 60
retries: {attempts: 3, backoff_seconds: 0.1, max_wait_seconds: 5}
"""


class Lazy(Mapping[str, dict[str, Any]]):
    """Alma objects made on request from one compact tuple per collection."""

    def __init__(self) -> None:
        self.compact: dict[str, tuple[Any, ...]] = {}

    def __getitem__(self, alma_id: str) -> dict[str, Any]:
        name, members, open_access, linking, cdi, overrides = self.compact[alma_id]
        obj = alma_collection(alma_id, name, list(members), open_access=open_access,
                              linking=linking, cdi=cdi)
        for group in obj["group_settings"]["group_setting"]:
            for key, value in overrides.get(group["group"]["value"], {}).items():
                group[key] = {"value": "true" if value else "false"}
        return obj

    def __iter__(self) -> Iterator[str]:
        return iter(self.compact)

    def __len__(self) -> int:
        return len(self.compact)


class LazyServices(Mapping[str, list[dict[str, Any]]]):
    def __init__(self, collections: Lazy) -> None:
        self.collections = collections
        self.active: dict[str, bool] = {}

    def __getitem__(self, alma_id: str) -> list[dict[str, Any]]:
        linking = self.collections.compact[alma_id][3]
        return [alma_service(alma_id, active=self.active[alma_id], level=linking["level"])]

    def get(self, alma_id: str, default: Any = None) -> Any:
        return self[alma_id] if alma_id in self.active else default

    def __iter__(self) -> Iterator[str]:
        return iter(self.active)

    def __len__(self) -> int:
        return len(self.active)


def serve(repo: Path) -> tuple[Emulator, list[str]]:
    from nzconfig.domain import cdi
    from nzconfig.engine.validate import load_network

    network, _, _ = load_network(repo)
    rows = {(level, row.method): dict(row.settings) for row in cdi.matrix(network)
            for level in row.levels}
    emulator = Emulator()
    collections = Lazy()
    services = LazyServices(collections)
    for index, c in enumerate(sorted(network.collections, key=lambda c: c.doc.file), 1):
        alma_id = collection_id(index)
        linking = c.data.get("linking") or guessed_linking(c.name)
        settings = rows.get((linking["level"], linking["method"]), {})
        overrides = {m: {k: v for k, v in own.items() if k != "reason"}
                     for m, own in (c.data.get("cdi") or {}).items()}
        collections.compact[alma_id] = (c.name, tuple(c.members),
                                        c.access_type == "open_access", linking, settings,
                                        overrides)
        services.active[alma_id] = c.active
    emulator.state.collections = collections  # type: ignore[assignment]
    emulator.state.services = services  # type: ignore[assignment]
    emulator.state.threshold = 10**9
    codes = sorted(network.institutions)
    for code in codes:
        emulator.state.tables[code] = {INHERITANCE_TABLE: {"row": [
            {"column0": "cdi_consortia_inheritance", "column1": "Y"}]}}
    emulator.add_keys(codes)
    return emulator, codes


def measure(command: list[str], env: dict[str, str], emulator: Emulator
            ) -> tuple[float, float, int, int, str]:
    """Wall time, the process's own peak memory, requests answered, exit code and the last
    line it printed."""
    before = emulator.total_requests()
    done = run(command, env=env)
    if done.code not in (0, 1):
        raise SystemExit(f"{' '.join(command[:4])} failed ({done.code}): {done.output[-2000:]}")
    tail = done.output.strip().splitlines()
    return (done.seconds, done.rss_mb, emulator.total_requests() - before, done.code,
            tail[-1] if tail else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--collections", type=int, default=20000)
    parser.add_argument("--members", type=int, default=100)
    parser.add_argument("--work", type=Path, default=Path("/tmp") / "nzconfig-alma-bench")
    args = parser.parse_args(argv)
    repo = args.work / f"m{args.collections}-n{args.members}"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"),
                    "--collections", str(args.collections), "--members", str(args.members),
                    "--out", str(repo)], check=True)
    (repo / "policies" / "alma.yaml").write_text(FAST, encoding="utf-8")
    emulator, codes = serve(repo)
    url = emulator.start()
    env = {**os.environ, "ALMA_API_URL": url, "ALMA_API_KEY": NZ_READ_KEY,
           **{f"ALMA_API_KEY_{c}": member_key(c) for c in codes},
           "NZCONFIG_TODAY": AS_OF.isoformat()}  # the day the generated consortium is as of
    env.pop("GITHUB_ACTIONS", None)
    n, k = args.collections, len(codes)
    minimum = math.ceil(n / 100) + 2 * n + k
    print(f"{n} collections x {args.members} members, {k} member keys; minimum requests "
          f"{minimum} (ceil(N/100) + 2N + K)")
    print(f"{'command':<8} {'wall s':>8} {'peak MB':>8} {'requests':>9} {'/ minimum':>9}  exit")
    try:
        for name in ("pull", "drift"):
            wall, peak, requests, code, last = measure(
                [sys.executable, "-m", "nzconfig", name, str(repo)], env, emulator)
            print(f"{name:<8} {wall:>8.1f} {peak:>8.0f} {requests:>9} "
                  f"{requests / minimum:>9.3f}  {code}  {last}")
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
