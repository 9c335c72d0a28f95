"""The plan as a Markdown checklist and as JSON (changes.plan_markdown)."""

from __future__ import annotations

import json
from pathlib import Path

from nzconfig.changes.analysis import Analysis, analyse
from nzconfig.changes.plan import GROUP
from nzconfig.changes.plan_markdown import json_text, render
from tests.support.repos import MATRIX, collection, make_repo, write


def _analysis(tmp_path: Path, policy_change: bool = False) -> Analysis:
    base = make_repo(tmp_path / "a", [collection("Books [x] (TST)", ["AAA"])])
    head = make_repo(tmp_path / "b", [collection("Books [x] (TST)", ["AAA", "BBB"])],
                     members=("AAA", "BBB", "CCC", "DDD"))
    if policy_change:
        write(head, "policies/cdi-matrix.yaml", {"rows": [{**MATRIX["rows"][0],
                                                             "title": "Other"}]})
    return analyse(tmp_path, str(base), str(head))


def test_checklist_numbered_and_grouped_with_escaped_names(tmp_path: Path) -> None:
    analysis = _analysis(tmp_path)
    lines = render(analysis).splitlines()
    assert lines[0].startswith("# Alma plan: ") and " → " in lines[0]
    assert "## Books \\[x\\] (TST)" in lines
    assert f"- [ ] 1. **{GROUP}**: add a group setting for BBB" in lines
    assert "## Member institutions" in lines
    assert lines[-1].startswith("- [ ] 3. **DDD's Institution Zone")
    assert "\n\n\n" not in render(analysis)


def test_changed_policies_are_named(tmp_path: Path) -> None:
    text = render(_analysis(tmp_path, policy_change=True))
    assert text.endswith("include their effect: policies/cdi-matrix.yaml.\n")


def test_nothing_to_do(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "a", [])
    text = render(analyse(repo, str(repo), str(repo)))
    assert text.splitlines()[2] == "Nothing to do in Alma."


def test_json_has_the_same_steps(tmp_path: Path) -> None:
    data = json.loads(json_text(_analysis(tmp_path)))
    assert data["version"] == 1 and data["base"].endswith("a") and data["head"].endswith("b")
    assert data["steps"][0] == {"collection": "Books [x] (TST)", "where": GROUP,
                                "action": "add a group setting for BBB"}
    assert [s["collection"] for s in data["steps"]] == ["Books [x] (TST)"] * 2 + [""]
