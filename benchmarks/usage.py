"""Time ``nzconfig usage import`` on a consortium-sized import: M members, each with a
COUNTER R5.1 TR_B1 report (TSV) of T titles x 2 metrics x 12 months.

    python benchmarks/usage.py                          # 100 members x 10,000 titles
    python benchmarks/usage.py --members 5 --titles 200 # a quick look

It writes the reports and a repository into --work (kept between runs: the reports are
hundreds of megabytes at full size), then times the import (a second run reads everything
again and finds the cost file unchanged) as a whole process: wall time,
user + system CPU, and its own peak resident memory (wait4's rusage, through
benchmarks/fresh.py's starter, so this process's memory is not counted). The floor is the same
process count reading every report with the standard library's csv module and summing one
column (no checks, no attribution): the import's time is given as a ratio to it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.fresh import run  # noqa: E402

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
YEAR = 2023
FLOOR = """
import csv, sys
from pathlib import Path
total = 0
for path in sorted(Path(sys.argv[1]).glob("*.tsv")):
    with open(path, encoding="utf-8-sig", newline="") as stream:
        for row in csv.reader(stream, delimiter="\\t"):
            if len(row) > 14 and row[12] == "Unique_Title_Requests":
                total += int(row[13])
print(total)
"""


def header(member: int) -> str:
    rows = [
        ("Report_Name", "Book Requests (Controlled)"), ("Report_ID", "TR_B1"),
        ("Release", "5.1"), ("Institution_Name", f"Member {member}"),
        ("Institution_ID", f"ISNI:{member:016d}"),
        ("Metric_Types", "Total_Item_Requests; Unique_Title_Requests"),
        ("Report_Filters", "Data_Type=Book; Access_Type=Controlled; Access_Method=Regular"),
        ("Report_Attributes", ""), ("Exceptions", ""),
        ("Reporting_Period", f"Begin_Date={YEAR}-01-01; End_Date={YEAR}-12-31"),
        ("Created", f"{YEAR + 1}-01-15T09:00:00Z"), ("Created_By", "Benchmark Publisher"),
        ("Registry_Record", ""),
    ]
    columns = ["Title", "Publisher", "Publisher_ID", "Platform", "DOI", "Proprietary_ID",
               "ISBN", "Print_ISSN", "Online_ISSN", "URI", "Data_Type", "YOP", "Metric_Type",
               "Reporting_Period_Total", *(f"{m}-{YEAR}" for m in MONTHS)]
    return "".join(f"{a}\t{b}\n" for a, b in rows) + "\n" + "\t".join(columns) + "\n"


def write_report(path: Path, member: int, titles: int) -> int:
    """One member's report; returns its Unique_Title_Requests total."""
    total = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(header(member))
        lines = []
        for t in range(titles):
            ident = (f"Title {t}\tBenchmark Publisher\t\tBench Books\t10.9999/b{t}\tbench:{t}\t"
                     f"978-0-00-{t:06d}-0\t\t\thttps://doi.org/10.9999/b{t}\tBook\t2020\t")
            uniques = [(member * 7 + t * 13 + m * 5) % 11 for m in range(12)]
            totals = [u + (t + m) % 3 for m, u in enumerate(uniques)]
            total += sum(uniques)
            lines.append(f"{ident}Total_Item_Requests\t{sum(totals)}\t"
                         + "\t".join(map(str, totals)) + "\n")
            lines.append(f"{ident}Unique_Title_Requests\t{sum(uniques)}\t"
                         + "\t".join(map(str, uniques)) + "\n")
            if len(lines) >= 4096:
                out.writelines(lines)
                lines.clear()
        out.writelines(lines)
    return total


def generate(work: Path, members: int, titles: int) -> Path:
    repo = work / f"repo-{members}x{titles}"
    reports = work / f"reports-{members}x{titles}"
    if (reports / "done").is_file():
        return repo
    for folder in ("institutions", "costs", "policies"):
        (repo / folder).mkdir(parents=True, exist_ok=True)
    reports.mkdir(parents=True, exist_ok=True)
    codes = [f"M{i:03d}" for i in range(1, members + 1)]
    for i, code in enumerate(codes, 1):
        (repo / "institutions" / f"{code}.yaml").write_text(
            f'code: {code}\nfte:\n  "2024": {1000 + i}\ncounter_ids: ["ISNI:{i:016d}"]\n')
        write_report(reports / f"{code}.tsv", i, titles)
    (repo / "costs" / "bench.yaml").write_text(
        "name: Benchmark Books\ncurrency: USD\nusage_metric: Book & Chapter Downloads\n"
        "counter:\n  platform: Bench Books\nyears:\n  \"2024\":\n    invoice: \"1000000.00\"\n"
        f"    multiplier: \"0.10\"\n    members: [{', '.join(codes)}]\n")
    (repo / "policies" / "costs.yaml").write_text("fte_years: 3\n")
    (reports / "done").write_text("")
    return repo


def timed(command: list[str]) -> tuple[float, float, float]:
    """Wall time, CPU time and the command's own peak memory (MB); stops on a failure."""
    done = run(command)
    if done.code != 0:
        sys.exit(f"failed ({done.code}): {' '.join(command)}\n{done.output}")
    return done.seconds, done.cpu, done.rss_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=100)
    parser.add_argument("--titles", type=int, default=10_000)
    parser.add_argument("--work", type=Path,
                        default=Path(tempfile.gettempdir()) / "nzconfig-usage-bench")
    args = parser.parse_args()
    started = time.perf_counter()
    repo = generate(args.work, args.members, args.titles)
    reports = args.work / f"reports-{args.members}x{args.titles}"
    files = sorted(reports.glob("*.tsv"))
    size = sum(p.stat().st_size for p in files)
    print(f"{args.members} members x 12 months x {args.titles:,} titles: {len(files)} reports, "
          f"{size / 2**20:,.0f} MiB (generated or reused in {time.perf_counter() - started:.0f} s)")
    floor = timed([sys.executable, "-c", FLOOR, str(reports)])
    print(f"floor (csv.reader, one column summed): {floor[0]:.1f} s wall, {floor[1]:.1f} s "
          f"CPU, {floor[2]:.0f} MB peak")
    command = [sys.executable, "-m", "nzconfig", "usage", "import", *map(str, files),
               "--resource", "bench", "--repo", str(repo)]
    imported = timed(command)
    print(f"nzconfig usage import: {imported[0]:.1f} s wall, {imported[1]:.1f} s CPU, "
          f"{imported[2]:.0f} MB peak; {imported[0] / floor[0]:.1f}x the floor")


if __name__ == "__main__":
    main()
