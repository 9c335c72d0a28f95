"""benchmarks/run.py: the targets table covers every target of issue 13, and --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.generate import AS_OF
from benchmarks.run import Baseline, Timing, baseline, main, report_targets


def _figures(scale: float, render_cpu: float = 2.0) -> dict[str, Timing | None]:
    def t(cpu: float, rss: float | None = 40) -> Timing:
        return Timing(seconds=cpu * scale, cpu=cpu * scale, rss_mb=rss, runs=1)

    return {"floor": t(1.0), "validate": t(1.1), "validate, 1 process": t(1.2),
            "validate, 2 processes": t(1.3), "render": t(render_cpu, 90),
            "write floor": t(1.0, None), "diff": t(3.0, 499), "plan": t(3.01, 500)}


def test_every_target_for_every_shape_with_its_basis(capsys: pytest.CaptureFixture[str]) -> None:
    results = {(shape, m): _figures(m / 2000) for shape in ("wrlc", "wide")
               for m in (2000, 20000)}
    results["wide", 20000]["render"] = Timing(22.0, 20.1, 100, 1)  # 2.01x the floor's CPU
    shipped = Timing(seconds=0.31, cpu=0.2, rss_mb=30, runs=7)
    before = Baseline({("wrlc", 20000, "render"): 90.0, ("wide", 20000, "render"): 97.0},
                      {("wrlc", 20000): "a", ("wide", 20000): "b", ("wide", 2000): "c"})
    sites = {("wrlc", 20000): "a", ("wide", 20000): "B", ("wide", 2000): None}
    targets = {(t.label, t.basis): t for t in
               report_targets(results, shipped, ["wrlc", "wide"], before, sites)}
    shipped_line = "validate on the shipped data < 0.3 s, start-up included"
    assert not targets[shipped_line, "wall"].met and targets[shipped_line, "CPU"].met
    for shape in ("wrlc", "wide"):
        for where in (f"{shape} 2,000", f"{shape} 20,000"):
            assert targets[f"{where}: validate in 1 process <= 1.2x the libyaml floor",
                           "CPU"].met
            assert targets[f"{where}: validate <= 1.2x the floor's wall time", "wall"].met
            assert not targets[f"{where}: validate in 2 processes <= 1.2x the floor's wall "
                               "time", "wall"].met
            assert targets[f"{where}: validate peak memory < 500 MB", "memory"].met
            # 3.0 / 1.2 = 2.5 and 499 MB: met; 3.01 / 1.2 > 2.5 and 500 MB: not
            assert targets[f"{where}: diff <= 2.5x validate (1 process), < 500 MB",
                           "CPU; memory"].met
            assert not targets[f"{where}: plan <= 2.5x validate (1 process), < 500 MB",
                               "CPU; memory"].met
            for basis in ("CPU", "wall"):
                assert (f"{where}: render <= 2x the write floor", basis) in targets
        for command in ("validate", "diff", "plan", "render"):
            # every figure grows 10x for 10x the collections
            assert targets[f"{shape}: 20,000 / 2,000 {command} time <= 11", "CPU"].met
    assert targets["wrlc 20,000: render <= 2x the write floor", "CPU"].met  # exactly 2x
    assert not targets["wide 20,000: render <= 2x the write floor", "CPU"].met
    memory = "render peak memory as before or lower"
    assert targets[f"wrlc 20,000: {memory}", "memory"].met  # 90 MB, as before
    assert not targets[f"wide 20,000: {memory}", "memory"].met  # 100 MB against 97
    assert (f"wrlc 2,000: {memory}", "memory") not in targets  # no figure before
    same = "render output byte-identical to before's"
    assert targets[f"wrlc 20,000: {same}", "bytes"].met
    assert not targets[f"wide 20,000: {same}", "bytes"].met
    assert (f"wide 2,000: {same}", "bytes") not in targets  # render did not run
    table = capsys.readouterr().out
    assert "| wide 20,000: render <= 2x the write floor | CPU | NO | 2.01x, 100 MB |" in table


def test_growth_between_other_sizes_has_its_bound_scaled() -> None:
    results = {("wrlc", 100): _figures(1.0), ("wrlc", 2000): _figures(23.0)}
    labels = {t.label: t.met for t in
              report_targets(results, Timing(0.1, 0.1, 30, 7), ["wrlc"])}
    assert labels["wrlc: 2,000 / 100 validate time <= 22"] is False  # 23x


def test_a_small_run_end_to_end_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    assert main(["--sizes", "4", "--members", "3", "--shapes", "wrlc,wide",
                     "--wide-members", "3", "--repeat", "1", "--peer-repeat", "1",
                     "--skip", "check-jsonschema,yamllint", "--work", str(tmp_path / "work"),
                     "--json", str(out)]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert out.read_text(encoding="utf-8") == json.dumps(record, indent=2, sort_keys=True) + "\n"
    assert {"python", "pyyaml", "libyaml", "jsonschema-rs"} <= set(record["machine"])
    assert record["nzconfig_today"] == AS_OF.isoformat()
    assert [(s["shape"], s["collections"]) for s in record["results"]] == [("wrlc", 4),
                                                                            ("wide", 4)]
    for section in record["results"]:
        assert [f["command"] for f in section["figures"]] == [
            "floor", "validate", "validate, 1 process", "validate, 2 processes", "render",
            "write floor", "diff", "plan"]
        assert all(f["seconds"] > 0 and f["cpu"] > 0 for f in section["figures"])
    assert any(t["label"] == "wide 4: render <= 2x the write floor" and t["basis"] == "wall"
               for t in record["targets"])
    # a second run against the first: the same pages
    again = tmp_path / "again.json"
    assert main(["--sizes", "4", "--members", "3", "--shapes", "wrlc", "--repeat", "1",
                 "--peer-repeat", "1", "--skip", "diff,plan,check-jsonschema,yamllint",
                 "--work", str(tmp_path / "work"), "--baseline", str(out),
                 "--json", str(again)]) == 0
    assert baseline(again).site == {("wrlc", 4): baseline(out).site["wrlc", 4]}
    assert {"label": "wrlc 4: render output byte-identical to before's", "basis": "bytes",
            "met": True, "achieved": "same pages"} in json.loads(again.read_text())["targets"]
