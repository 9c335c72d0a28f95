"""From a repository to every output file (render.run)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from nzconfig.core.errors import FatalError
from nzconfig.engine.validate import validate
from nzconfig.render.run import rendered, stamp_now
from tests.support.repos import collection, make_repo


def test_rendered_lists_every_page_and_renders_each(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", [collection("Books (TST)", ["AAA"])])
    result = rendered(repo, validate(repo), "STAMP")
    assert result.paths[:2] == ("index.html", "collections.html")
    assert {"members/AAA.md", "members/CCC.html", "collections.csv"} <= set(result.paths)
    page = b"".join(result.chunks("collections.md")).decode("utf-8")
    assert "Books (TST)" in page and "STAMP" in page


def test_a_repository_template_is_used(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", [])
    (repo / "templates").mkdir()
    (repo / "templates" / "index.md").write_text("{{ site.network_code }} index\n",
                                                  encoding="utf-8")
    assert b"".join(rendered(repo, validate(repo)).chunks("index.md")) == b"TST index\n"


def test_the_stamp_is_now_or_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert stamp_now() == "2023-11-14T22:13:20Z"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    now = stamp_now()
    assert len(now) == 20 and now.endswith("Z") and now[10] == "T"
    for bad in ("soon", "99999999999999999999"):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", bad)
        with pytest.raises(FatalError, match=f"SOURCE_DATE_EPOCH `{bad}` is not a time"):
            stamp_now()


def test_a_large_site_has_a_helper_for_its_member_pages_when_a_core_is_idle(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from nzconfig.loading import parallel
    from nzconfig.render import run

    monkeypatch.delenv("NZCONFIG_JOBS", raising=False)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    monkeypatch.setattr(parallel, "spare_cores", lambda: 2)
    assert run._second_core(parallel.MIN_FILES)
    assert not run._second_core(parallel.MIN_FILES - 1)  # a small site: not worth a fork
    monkeypatch.setattr(parallel, "spare_cores", lambda: 1)  # only this process's core
    assert not run._second_core(parallel.MIN_FILES)
    monkeypatch.setenv("NZCONFIG_JOBS", "1")  # never
    assert not run._second_core(10 ** 6)
    monkeypatch.setenv("NZCONFIG_JOBS", "2")  # always
    assert run._second_core(2)


def test_render_loads_without_asking_for_idle_cores(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from nzconfig.loading import parallel
    from nzconfig.render import run

    asked: list[bool] = []
    load_all = parallel.load_all

    def recorded(sources: Any, spare: bool = True) -> Any:
        asked.append(spare)
        return load_all(sources, spare)

    monkeypatch.setattr(parallel, "load_all", recorded)
    repo = make_repo(tmp_path / "repo", [collection("Books (TST)", ["AAA"])])
    assert run.to_folder(repo, tmp_path / "out", lambda *a, **k: None) == 0
    assert asked == [False]  # its member pages' helper is the better use of an idle core
