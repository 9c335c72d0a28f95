from __future__ import annotations

from pathlib import Path

import pytest

from nzconfig.core.errors import FatalError
from nzconfig.engine.validate import validate
from tests.support.cli import run_cli
from tests.support.repos import build

FILE = "collections/books-tst.yaml"
HEAD = ("name: Books (TST)\nmanaged_via: community_zone\naccess_type: subscription\n"
        "members: [AAA]\n")


def test_a_bad_pattern_stops_the_run_at_its_line(tmp_path: Path) -> None:
    policy = "proxy_patterns:\n  - name: broken\n    pattern: 'login[?'\n"
    root = build(tmp_path, {FILE: HEAD + "level_url: https://x.org/\n",
                            "policies/urls.yaml": policy})
    with pytest.raises(FatalError) as caught:
        validate(root)
    [d] = caught.value.diagnostics
    assert (d.rule, d.file, d.line, d.column) == ("NZ016", "policies/urls.yaml", 3, 14)


def test_a_broken_urls_policy_is_exit_2_with_a_position_in_the_cli(tmp_path: Path) -> None:
    root = build(tmp_path, {FILE: HEAD, "policies/urls.yaml": "proxy_patterns:\n  - name: x\n"})
    done = run_cli("validate", root)
    assert done.code == 2
    assert [(d["rule"], d["file"], d["line"]) for d in done.diagnostics()] == [
        ("NZ103", "policies/urls.yaml", "2")]
