"""Time nzconfig against its peers on synthetic consortia; print a table and the ratios.

    pip install -e '.[bench]'
    python benchmarks/run.py                      # M = 100, 1,000, 2,000, 10,000, 20,000
    python benchmarks/run.py --sizes 100,2000 --repeat 3

For each size M (collections, each with about --members members) it generates a repository
with benchmarks/generate.py (kept in --work between runs) and times, as whole processes:

- ``nzconfig validate``: load, schema and every policy rule;
- ``nzconfig render --force`` into an empty folder (when the installed nzconfig has it);
- ``check-jsonschema --schemafile schemas/collection.schema.json`` on the collection files
  (the schema-only peer most configuration repositories use);
- ``yamllint`` on the collection files (default configuration);
- the floor: the interpreter starting plus a bare libyaml parse (``yaml.load`` with
  ``CSafeLoader``) of every file nzconfig reads.

Each figure is the median wall time (and user + system CPU time) of --repeat runs, and the
largest peak resident memory seen in them (from wait4's rusage, so it is that process's
own). Peers and render are slow: --peer-repeat runs each, and --big-repeat from --big on.
Also timed: ``nzconfig validate`` on the shipped data (the pre-commit case). The last lines
check the targets of docs/performance.md and say which are met.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "schemas" / "collection.schema.json"
FLOOR = """
import sys, yaml
from pathlib import Path
for folder in sys.argv[1:]:
    for path in sorted(Path(folder).glob("*.yaml")):
        with open(path, "rb") as stream:
            yaml.load(stream, Loader=yaml.CSafeLoader)
"""


@dataclass(frozen=True)
class Timing:
    seconds: float  # median wall time
    cpu: float  # median user + system CPU time
    rss_mb: float  # largest peak resident set size
    runs: int


def measure(command: list[str], repeat: int, before: list[str] | None = None) -> Timing:
    """Median wall time and peak memory of ``command`` over ``repeat`` fresh processes.

    ``before`` names a folder emptied before each run (render's output).
    """
    walls, cpus, peaks = [], [], []
    for _ in range(repeat):
        for folder in before or []:
            shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - started)
        proc.returncode = os.waitstatus_to_exitcode(status)
        error = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
        if proc.returncode not in (0, 1) or "Traceback" in error:
            raise SystemExit(f"{' '.join(command[:3])} ... failed ({proc.returncode}):\n"
                             f"{error[-2000:]}")
        peaks.append(usage.ru_maxrss / 1024)  # KiB on Linux
        cpus.append(usage.ru_utime + usage.ru_stime)
    return Timing(statistics.median(walls), statistics.median(cpus), max(peaks), repeat)


def repository(work: Path, collections: int, members: int) -> Path:
    """The generated repository for this size, made once and reused while unchanged."""
    out = work / f"m{collections}-n{members}"
    stamp = out / ".generated"
    digest = hashlib.sha256()
    for source in [ROOT / "benchmarks" / "generate.py", SCHEMA,
                   *sorted((ROOT / "policies").glob("*.yaml"))]:
        digest.update(source.read_bytes())
    key = f"{collections} {members} {digest.hexdigest()}"
    if not (stamp.is_file() and stamp.read_text() == key):
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"),
                        "--collections", str(collections), "--members", str(members),
                        "--out", str(out)], check=True)
        stamp.write_text(key)
    return out


def has_render() -> bool:
    from nzconfig.cli import COMMANDS

    return "render" in COMMANDS


def tool(name: str) -> str | None:
    """A peer's executable: beside this interpreter first, then on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.is_file() else shutil.which(name)


def row(label: str, timing: Timing | None, base: Timing | None = None) -> str:
    if timing is None:
        return f"| {label} | - | - | - | - | - |"
    ratio = f"{timing.seconds / base.seconds:.2f}" if base else ""
    return (f"| {label} | {timing.seconds:.3f} | {timing.cpu:.3f} | {timing.rss_mb:.0f} | "
            f"{ratio} | {timing.runs} |")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from importlib.metadata import PackageNotFoundError, version

    def of(package: str) -> str:
        try:
            return version(package)
        except PackageNotFoundError:
            return "not installed"

    import yaml

    return (f"{cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; PyYAML {yaml.__version__} "
            f"(libyaml {'yes' if hasattr(yaml, 'CSafeLoader') else 'no'}); "
            f"jsonschema-rs {of('jsonschema-rs')}; check-jsonschema {of('check-jsonschema')}; "
            f"yamllint {of('yamllint')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,2000,10000,20000",
                        help="collection counts, comma-separated")
    parser.add_argument("--members", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--peer-repeat", type=int, default=3,
                        help="runs per peer and render figure (they are slow)")
    parser.add_argument("--big", type=int, default=10000,
                        help="from this size on, peers and render run --big-repeat times")
    parser.add_argument("--big-repeat", type=int, default=1)
    parser.add_argument("--skip", default="", help="commands not to time, comma-separated "
                        "(render, check-jsonschema, yamllint), for a quick look")
    parser.add_argument("--work", type=Path,
                        default=Path(tempfile.gettempdir()) / "nzconfig-bench",
                        help="where generated repositories are kept")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    nzconfig = tool("nzconfig") or "nzconfig"
    skip = set(args.skip.split(","))
    check_jsonschema = None if "check-jsonschema" in skip else tool("check-jsonschema")
    yamllint = None if "yamllint" in skip else tool("yamllint")
    render = has_render() and "render" not in skip
    print(f"machine: {machine()}")
    print(f"command: python benchmarks/run.py --sizes {args.sizes} --members {args.members} "
          f"--repeat {args.repeat} --peer-repeat {args.peer_repeat} --big {args.big} "
          f"--big-repeat {args.big_repeat}")
    print(f"load average at start: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}"
          if Path("/proc/loadavg").is_file() else "")
    print()

    shipped = measure([nzconfig, "validate", str(ROOT)], max(args.repeat, 7))
    print(f"nzconfig validate on the shipped data: {shipped.seconds:.3f} s, "
          f"{shipped.rss_mb:.0f} MB\n")

    results: dict[int, dict[str, Timing | None]] = {}
    for m in sizes:
        repo = repository(args.work, m, args.members)
        files = sorted(str(p) for p in (repo / "collections").glob("*.yaml"))
        folders = [str(repo / f) for f in ("collections", "institutions", "policies")]
        out = args.work / "render-out"
        slow = args.big_repeat if m >= args.big else args.peer_repeat
        figures: dict[str, Timing | None] = {
            "floor": measure([sys.executable, "-c", FLOOR, *folders], args.repeat),
            "validate": measure([nzconfig, "validate", str(repo)], args.repeat),
            "render": measure([nzconfig, "render", str(repo), "--out", str(out), "--force"],
                              slow, before=[str(out)]) if render else None,
            "check-jsonschema": measure([check_jsonschema, "--schemafile", str(SCHEMA), *files],
                                        slow) if check_jsonschema else None,
            "yamllint": measure([yamllint, "-f", "parsable", str(repo / "collections")],
                                slow) if yamllint else None,
        }
        results[m] = figures
        print(f"### {m:,} collections x {args.members} members ({len(files) + args.members} "
              "files and the policies)\n")
        print("| command | wall (s) | CPU (s) | peak RSS (MB) | x validate | runs |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        validate = figures["validate"]
        for label, timing in figures.items():
            print(row(label, timing, validate))
        print(flush=True)
    report_targets(results, shipped)
    return 0


def report_targets(results: dict[int, dict[str, Timing | None]], shipped: Timing) -> None:
    print("### Targets\n")
    lines = [("validate on the shipped data < 0.3 s wall", shipped.seconds < 0.3,
              f"{shipped.seconds:.3f} s")]
    at = results.get(2000)
    if at and at["validate"] and at["check-jsonschema"]:
        speedup = at["check-jsonschema"].seconds / at["validate"].seconds
        lines.append(("2,000: validate >= 5x faster than check-jsonschema", speedup >= 5,
                      f"{speedup:.1f}x"))
    if at and at["validate"]:
        floor = at["validate"].seconds / at["floor"].seconds  # type: ignore[union-attr]
        lines.append(("2,000: validate within 2x of the floor", floor <= 2, f"{floor:.2f}x"))
    big = results.get(20000)
    if at and big and big["validate"] and at["validate"]:
        growth = big["validate"].seconds / at["validate"].seconds
        lines.append(("20,000 / 2,000 validate time <= 11", growth <= 11, f"{growth:.1f}"))
        lines.append(("20,000: validate peak memory < 500 MB", big["validate"].rss_mb < 500,
                      f"{big['validate'].rss_mb:.0f} MB"))
    print("| target | met | achieved |")
    print("| --- | --- | --- |")
    for label, met, value in lines:
        print(f"| {label} | {'yes' if met else 'NO'} | {value} |")


if __name__ == "__main__":
    sys.exit(main())
