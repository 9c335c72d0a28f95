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
  ``CSafeLoader``) of every file nzconfig reads;
- ``nzconfig diff HEAD~1 HEAD`` and ``nzconfig plan HEAD~1 HEAD`` in a git copy of the
  repository whose last commit changes 10 collection files (the pull-request path);
- the write floor of render: the interpreter starting, the libyaml parse above, and writing
  the bytes render wrote (each file flushed to disk, as render does), timed inside that
  process after it has read render's output into memory.

``--shapes wrlc,wide`` runs each size for each shape of generate.py (``wide``: long names,
many members, many overrides, licences and costs).

Each figure is the median wall time (and user + system CPU time) of --repeat runs, and the
largest peak resident memory seen in them (from wait4's rusage, so it is that process's
own). Peers and render are slow: --peer-repeat runs each, and --big-repeat from --big on.
Also timed: ``nzconfig validate`` on the shipped data (the pre-commit case). The last lines
check the targets of docs/performance.md and say which are met.
"""

from __future__ import annotations

import argparse
import hashlib
import json
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
WRITE_FLOOR = """
import json, os, sys, time, yaml
from pathlib import Path
reference, out, *folders = sys.argv[1:]
pages = [(p.relative_to(reference), p.read_bytes())
         for p in sorted(Path(reference).rglob("*")) if p.is_file()]
wall, cpu = time.perf_counter(), time.process_time()
for folder in folders:
    for path in sorted(Path(folder).glob("*.yaml")):
        with open(path, "rb") as stream:
            yaml.load(stream, Loader=yaml.CSafeLoader)
for name, data in pages:
    target = Path(out) / name
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
print(json.dumps([time.perf_counter() - wall, time.process_time() - cpu]))
"""
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
    runs = []
    for _ in range(repeat):
        for folder in before or []:
            shutil.rmtree(folder, ignore_errors=True)
        runs.append(run_once(command))
    return summary(runs)


def interleaved(repeat: int, commands: list[list[str]],
                envs: list[dict[str, str]]) -> list[Timing]:
    """Each command timed ``repeat`` times, taking turns (a, b, c, a, b, c, ...)."""
    runs: list[list[tuple[float, float, float]]] = [[] for _ in commands]
    for _ in range(repeat):
        for command, env, out in zip(commands, envs, runs, strict=True):
            out.append(run_once(command, env))
    return [summary(out) for out in runs]


def run_once(command: list[str], env: dict[str, str] | None = None,
             ) -> tuple[float, float, float]:
    """Wall time, CPU time (user + system, of the process and the children it waited
    for: parallel loading's workers count) and peak memory (MB) of one run."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, **env} if env else None)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    error = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode not in (0, 1) or "Traceback" in error:
        raise SystemExit(f"{' '.join(command[:3])} ... failed ({proc.returncode}):\n"
                         f"{error[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # KiB on Linux


def summary(runs: list[tuple[float, float, float]]) -> Timing:
    return Timing(statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
                  max(r[2] for r in runs), len(runs))


def write_floor(reference: Path, out: Path, folders: list[str], repeat: int,
                startup: Timing) -> Timing:
    """Start-up plus parsing the inputs and writing ``reference``'s files, per run."""
    walls, cpus = [], []
    for _ in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        done = subprocess.run([sys.executable, "-c", WRITE_FLOOR, str(reference), str(out),
                               *folders], capture_output=True, text=True, check=True)
        wall, cpu = json.loads(done.stdout)
        walls.append(startup.seconds + wall)
        cpus.append(startup.cpu + cpu)
    shutil.rmtree(out, ignore_errors=True)
    return Timing(statistics.median(walls), statistics.median(cpus), 0, repeat)


def pull_request(repo: Path) -> Path:
    """A git copy of ``repo`` whose last commit changes 10 collection files: members
    removed, a field added or changed (made once per generated repository)."""
    out = repo.with_name(repo.name + "-git")
    stamp = out / ".git" / "nzconfig-bench"
    key = (repo / ".generated").read_text()
    if stamp.is_file() and stamp.read_text() == key:
        return out
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(repo, out, ignore=shutil.ignore_patterns(".generated"))
    env = {**os.environ, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.invalid",
           "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.invalid"}

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(out), *args], check=True, env=env,
                       stdout=subprocess.DEVNULL)

    git("init", "-q")
    git("add", "-A")
    git("commit", "-q", "-m", "base")
    files = sorted((out / "collections").glob("*.yaml"))
    for n, path in enumerate(files[:: max(1, len(files) // 10)][:10]):
        text = path.read_text(encoding="utf-8")
        if n % 2 and "\nmembers:\n- " in text:  # a member leaves
            head, _, tail = text.partition("\nmembers:\n")
            text = head + "\nmembers:\n" + tail.partition("\n")[2]
        else:  # a field is added
            text = text.replace("proxy: default\n", f"proxy: default\ncz_name: Changed {n}\n")
        path.write_text(text, encoding="utf-8")
    git("commit", "-q", "-a", "-m", "a pull request: 10 collections change")
    stamp.write_text(key)
    return out


def repository(work: Path, collections: int, members: int, shape: str = "wrlc") -> Path:
    """The generated repository for this size, made once and reused while unchanged."""
    out = work / (f"m{collections}-n{members}" + ("" if shape == "wrlc" else f"-{shape}"))
    stamp = out / ".generated"
    digest = hashlib.sha256()
    for source in [ROOT / "benchmarks" / "generate.py", SCHEMA,
                   *sorted((ROOT / "policies").glob("*.yaml"))]:
        digest.update(source.read_bytes())
    key = f"{collections} {members} {shape} {digest.hexdigest()}"
    if not (stamp.is_file() and stamp.read_text() == key):
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"),
                        "--collections", str(collections), "--members", str(members),
                        "--shape", shape, "--out", str(out)], check=True)
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
    parser.add_argument("--shapes", default="wrlc",
                        help="generator shapes, comma-separated (wrlc, wide)")
    parser.add_argument("--wide-members", type=int, default=300,
                        help="members of the wide shape (default 300)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--peer-repeat", type=int, default=3,
                        help="runs per peer, render, diff and plan figure (they are slow)")
    parser.add_argument("--big", type=int, default=10000,
                        help="from this size on, slow commands run --big-repeat times")
    parser.add_argument("--big-repeat", type=int, default=1)
    parser.add_argument("--skip", default="", help="commands not to time, comma-separated "
                        "(render, diff, plan, check-jsonschema, yamllint), for a quick look")
    parser.add_argument("--work", type=Path,
                        default=Path(tempfile.gettempdir()) / "nzconfig-bench",
                        help="where generated repositories are kept")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    shapes = args.shapes.split(",")
    nzconfig = tool("nzconfig") or "nzconfig"
    skip = set(args.skip.split(","))
    check_jsonschema = None if "check-jsonschema" in skip else tool("check-jsonschema")
    yamllint = None if "yamllint" in skip else tool("yamllint")
    render = has_render() and "render" not in skip
    print(f"machine: {machine()}")
    print(f"command: python benchmarks/run.py --sizes {args.sizes} --members {args.members} "
          f"--shapes {args.shapes} --repeat {args.repeat} --peer-repeat {args.peer_repeat} "
          f"--big {args.big} --big-repeat {args.big_repeat}"
          + (f" --skip {args.skip}" if args.skip else ""))
    print(f"load average at start: {load()}")
    print()

    shipped = measure([nzconfig, "validate", str(ROOT)], max(args.repeat, 7))
    print(f"nzconfig validate on the shipped data: {shipped.seconds:.3f} s wall, "
          f"{shipped.cpu:.3f} s CPU, {shipped.rss_mb:.0f} MB\n")
    startup = measure([sys.executable, "-c", "import yaml"], max(args.repeat, 7))

    results: dict[tuple[str, int], dict[str, Timing | None]] = {}
    for shape in shapes:
        members = args.members if shape == "wrlc" else args.wide_members
        for m in sizes:
            results[shape, m] = figures = bench(args, shape, m, members, nzconfig, startup,
                                                render, skip, check_jsonschema, yamllint)
            files = len(list((repository(args.work, m, members, shape) / "collections")
                             .glob("*.yaml")))
            print(f"### {shape}: {m:,} collections x {members} members ({files + members} "
                  f"files and the policies; load average after: {load()})\n")
            print("| command | wall (s) | CPU (s) | peak RSS (MB) | x validate | runs |")
            print("| --- | ---: | ---: | ---: | ---: | ---: |")
            validate = figures["validate"]
            for label, timing in figures.items():
                print(row(label, timing, validate))
            if figures.get("render") and figures.get("write floor"):
                ratio = figures["render"].seconds / figures["write floor"].seconds  # type: ignore[union-attr]
                cpu = figures["render"].cpu / figures["write floor"].cpu  # type: ignore[union-attr]
                print(f"\nrender / write floor: {ratio:.2f} (CPU {cpu:.2f})")
            print(flush=True)
    report_targets(results, shipped, shapes)
    print(f"\nload average at the end: {load()}")
    return 0


def load() -> str:
    """The 1, 5 and 15-minute load averages (other jobs' share of the machine)."""
    try:
        return " ".join(f"{n:.2f}" for n in os.getloadavg())
    except OSError:
        return "unknown"


def bench(args: argparse.Namespace, shape: str, m: int, members: int, nzconfig: str,
          startup: Timing, render: bool, skip: set[str], check_jsonschema: str | None,
          yamllint: str | None) -> dict[str, Timing | None]:
    repo = repository(args.work, m, members, shape)
    files = sorted(str(p) for p in (repo / "collections").glob("*.yaml"))
    folders = [str(repo / f) for f in ("collections", "institutions", "policies", "vendors",
                                       "licences", "costs") if (repo / f).is_dir()]
    out = args.work / "render-out"
    slow = args.big_repeat if m >= args.big else args.peer_repeat
    # validate as a user runs it (processes chosen by the cores to spare), then in one
    # process and in two outright, each against the single-process floor of this same run;
    # interleaved run by run, so that a change of the machine's load touches all alike.
    floor, auto, one, two = interleaved(args.repeat, [
        [sys.executable, "-c", FLOOR, *folders],
        [nzconfig, "validate", str(repo)],
        [nzconfig, "validate", str(repo)],
        [nzconfig, "validate", str(repo)],
    ], [{}, {}, {"NZCONFIG_JOBS": "1"}, {"NZCONFIG_JOBS": "2"}])
    figures: dict[str, Timing | None] = {
        "floor": floor, "validate": auto, "validate, 1 process": one,
        "validate, 2 processes": two,
    }
    if render:
        figures["render"] = measure([nzconfig, "render", str(repo), "--out", str(out),
                                     "--force"], slow, before=[str(out)])
        figures["write floor"] = write_floor(out, args.work / "floor-out", folders, slow,
                                             startup)
    git_repo = pull_request(repo) if not {"diff", "plan"} <= skip else None
    for command in ("diff", "plan"):
        if git_repo is not None and command not in skip:
            figures[command] = measure([nzconfig, command, "HEAD~1", "HEAD", "--repo",
                                        str(git_repo)], slow)
    if check_jsonschema:
        figures["check-jsonschema"] = measure(
            [check_jsonschema, "--schemafile", str(SCHEMA), *files], slow)
    if yamllint:
        figures["yamllint"] = measure([yamllint, "-f", "parsable", str(repo / "collections")],
                                      slow)
    return figures


def report_targets(results: dict[tuple[str, int], dict[str, Timing | None]],
                   shipped: Timing, shapes: list[str]) -> None:
    """Each target met or not, judged on CPU time (user + system): on a shared machine the
    wall time is mostly other jobs' (the wall-time ratio is shown too). Parallel loading is
    judged on wall time, which is what it is for (its CPU time counts every process)."""
    print("### Targets (judged on CPU time; wall time in brackets)\n")
    lines = [("validate on the shipped data < 0.3 s", shipped.cpu < 0.3,
              f"{shipped.cpu:.3f} s CPU ({shipped.seconds:.3f} s wall)")]

    def ratio(a: Timing | None, b: Timing | None) -> tuple[float, str]:
        assert a is not None and b is not None
        return a.cpu / b.cpu, f"{a.cpu / b.cpu:.2f}x ({a.seconds / b.seconds:.2f}x)"

    for shape in shapes:
        for m in sorted(m for s, m in results if s == shape):
            at = results[shape, m]
            where = f"{shape} {m:,}"
            if at.get("check-jsonschema"):
                value, shown = ratio(at["check-jsonschema"], at["validate"])
                lines.append((f"{where}: validate >= 5x faster than check-jsonschema",
                              value >= 5, shown))
            value, shown = ratio(at["validate, 1 process"], at["floor"])
            lines.append((f"{where}: validate in 1 process within 1.2x the libyaml floor",
                          value <= 1.2, shown))
            # Parallel loading is for the wall time (its CPU time counts every process).
            for label in ("validate", "validate, 2 processes"):
                timing, floor = at[label], at["floor"]
                assert timing is not None and floor is not None
                lines.append((f"{where}: {label.replace(',', ' in')} within 1.2x the floor's "
                              "wall time", timing.seconds <= 1.2 * floor.seconds,
                              f"{timing.seconds / floor.seconds:.2f}x wall "
                              f"(CPU {timing.cpu / floor.cpu:.2f}x)"))
            for command in ("diff", "plan"):
                timing = at.get(command)
                if timing:
                    value, shown = ratio(timing, at["validate"])
                    lines.append((f"{where}: {command} <= 2.5x validate, < 500 MB",
                                  value <= 2.5 and timing.rss_mb < 500,
                                  f"{shown}, {timing.rss_mb:.0f} MB"))
            if at.get("render") and at.get("write floor"):
                value, shown = ratio(at["render"], at["write floor"])
                lines.append((f"{where}: render <= 2x the write floor", value <= 2,
                              f"{shown}, {at['render'].rss_mb:.0f} MB"))  # type: ignore[union-attr]
        small, big = results.get((shape, 2000)), results.get((shape, 20000))
        if small and big:
            for command in ("validate", "diff", "plan", "render"):
                if small.get(command) and big.get(command):
                    value, shown = ratio(big[command], small[command])
                    lines.append((f"{shape}: 20,000 / 2,000 {command} time <= 11",
                                  value <= 11, shown))
            if big["validate"]:
                lines.append((f"{shape} 20,000: validate peak memory < 500 MB",
                              big["validate"].rss_mb < 500, f"{big['validate'].rss_mb:.0f} MB"))
    print("| target | met | achieved |")
    print("| --- | --- | --- |")
    for label, met, achieved in lines:
        print(f"| {label} | {'yes' if met else 'NO'} | {achieved} |")


if __name__ == "__main__":
    sys.exit(main())
