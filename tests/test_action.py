"""The GitHub Action (action.yml): its inputs are documented, its scripts take every input
through the environment (no expression inside a script), and its steps run: each `run:` is
executed with bash as the runner would, with the `${{ }}` expressions of `env:` and `if:`
evaluated for a pull request or a push. `gh` is a stand-in on PATH that keeps the pull
request's comments in a file, so that "one comment, updated" is checked."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support.repos import GIT_ENV, collection, commit, init, make_repo, put

ROOT = Path(__file__).resolve().parents[1]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
_EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
_CONTEXT = re.compile(r"\b(inputs|github|steps)\.[A-Za-z0-9_.-]+")

FAKE_GH = textwrap.dedent('''\
    import json, os, sys
    state = os.environ["FAKE_GH_STATE"]
    comments = json.load(open(state)) if os.path.exists(state) else []
    args = sys.argv[1:]
    method = args[args.index("--method") + 1] if "--method" in args else "GET"
    body = next((a[len("body=@"):] for a in args if a.startswith("body=@")), None)
    if method == "GET":
        for c in comments:
            if c["body"].startswith("<!-- nzconfig diff -->"):
                print(c["id"])
    elif method == "POST":
        comments.append({"id": 100 + len(comments), "body": open(body).read()})
    elif method == "PATCH":
        wanted = int(next(a for a in args if a.startswith("repos/")).rsplit("/", 1)[1])
        for c in comments:
            if c["id"] == wanted:
                c["body"] = open(body).read()
    json.dump(comments, open(state, "w"))
''')


def test_every_input_is_documented_and_scripts_use_no_expressions() -> None:
    for name, spec in ACTION["inputs"].items():
        assert spec.get("description"), name
    for step in ACTION["runs"]["steps"]:
        if "run" in step:
            # An input pasted into a script could run code; through env it is only data.
            assert "${{" not in step["run"], step.get("name")
            assert step["shell"] == "bash"


def _value(expression: str, context: dict[str, Any]) -> Any:
    """A GitHub expression of the forms action.yml uses, evaluated in ``context``."""
    def lookup(match: re.Match[str]) -> str:
        node: Any = context
        for part in match.group(0).split("."):
            node = node.get(part, "") if isinstance(node, dict) else ""
        return repr("" if node is None else str(node))

    python = _CONTEXT.sub(lookup, expression).replace("&&", " and ").replace("||", " or ")
    return eval(python, {"__builtins__": {}})  # our own action.yml's, values as literals


def _text(value: Any, context: dict[str, Any]) -> str:
    return _EXPRESSION.sub(lambda m: str(_value(m.group(1), context)), str(value))


def run_action(workspace: Path, tmp: Path, event: str, inputs: dict[str, str],
               pr: dict[str, Any] | None = None) -> tuple[int, str, dict[str, Any]]:
    """Every step of action.yml but setup-python and the install; the last exit code, all
    output, and the steps' outputs."""
    defaults = {k: _text(v.get("default", ""), {"github": {"token": "t"}})
                for k, v in ACTION["inputs"].items()}
    context: dict[str, Any] = {
        "inputs": {**defaults, **inputs}, "steps": {},
        "github": {"event_name": event, "token": "t",
                   "event": {"pull_request": pr or {}}},
    }
    bin_dir = tmp / "bin"
    bin_dir.mkdir(exist_ok=True)
    gh = bin_dir / "gh"
    gh.write_text(f"#!{sys.executable}\n{FAKE_GH}")
    gh.chmod(0o755)
    env = {**os.environ, **GIT_ENV, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "RUNNER_TEMP": str(tmp), "GITHUB_REPOSITORY": "consortium/config",
           "GITHUB_ACTION_PATH": str(ROOT), "FAKE_GH_STATE": str(tmp / "comments.json")}
    env.pop("GITHUB_ACTIONS", None)
    code, output = 0, ""
    for step in ACTION["runs"]["steps"]:
        if "uses" in step or "pip install" in step.get("run", ""):
            continue
        if "if" in step and not _value(step["if"], context):
            continue
        outputs = tmp / "output"
        outputs.write_text("")
        step_env = {**env, "GITHUB_OUTPUT": str(outputs),
                    "GITHUB_STEP_SUMMARY": str(tmp / "summary.md"),
                    **{k: _text(v, context) for k, v in step.get("env", {}).items()}}
        done = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=workspace, env=step_env,
                              capture_output=True, text=True, timeout=300, check=False)
        output += done.stdout + done.stderr
        assert "Traceback" not in done.stderr
        if "id" in step:
            pairs = (line.split("=", 1) for line in outputs.read_text().splitlines())
            context["steps"][step["id"]] = {"outputs": dict(pairs)}
        code = done.returncode
        if code:
            break
    return code, output, context["steps"]


@pytest.fixture
def pull_request(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    repo = init(make_repo(tmp_path / "repo", [collection("Books (TST)", ["AAA"])]))
    base = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True,
                          text=True, check=True).stdout.strip()
    put(repo, collection("Films (TST)", ["AAA", "XYZ"]))  # NZ151: a new error
    commit(repo, "films")
    return repo, {"number": 7, "base": {"sha": base}}


def test_a_pull_request_gets_annotations_one_updated_comment_and_a_failing_gate(
        pull_request: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    repo, pr = pull_request
    code, output, steps = run_action(repo, tmp_path, "pull_request", {}, pr)
    assert code == 1, output
    assert "::error file=collections/films-tst.yaml" in output
    assert "posted the change summary" in output
    assert steps["validate"]["outputs"]["errors"] == "1"
    comments = json.loads((tmp_path / "comments.json").read_text())
    assert len(comments) == 1 and "**1 new error**" in comments[0]["body"]
    assert (tmp_path / "summary.md").read_text().startswith("<!-- nzconfig diff -->")

    code, output, _ = run_action(repo, tmp_path, "pull_request", {}, pr)  # the next push
    assert "updated comment 100" in output
    assert len(json.loads((tmp_path / "comments.json").read_text())) == 1


def test_comment_false_posts_nothing(pull_request: tuple[Path, dict[str, Any]],
                                     tmp_path: Path) -> None:
    repo, pr = pull_request
    run_action(repo, tmp_path, "pull_request", {"comment": "false"}, pr)
    assert not (tmp_path / "comments.json").exists()


def test_a_push_validates_and_checks_the_pages(tmp_path: Path) -> None:
    repo = init(make_repo(tmp_path / "repo", [collection("Books (TST)", ["AAA"])]))
    assert subprocess.run([sys.executable, "-m", "nzconfig", "render", ".", "--out", "site"],
                          cwd=repo, capture_output=True, check=False).returncode == 0
    code, output, steps = run_action(repo, tmp_path, "push", {"render-check": "site"})
    assert code == 0, output
    assert "diff" not in steps and "up to date" in output
    put(repo, collection("Films (TST)", ["AAA"]))
    code, output, _ = run_action(repo, tmp_path, "push", {"render-check": "site"})
    assert code == 1 and "out of date" in output
