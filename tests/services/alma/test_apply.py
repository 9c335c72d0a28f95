"""nzconfig apply: dry by default, guarded, optimistic about concurrency, journaled, undoable."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from nzconfig.edit.yaml_writer import YamlDocument, write_all
from tests.services.alma.helpers import run, with_member_keys
from tests.services.alma_emulator import NZ_READ_KEY, Emulator, Fault
from tests.services.conftest import start
from tests.support.repos import commit, git

GAINS = "Cell Press Free Archives (WRLC)"  # GWA has no access in the shipped data
PROXY = "JSTOR (WRLC)"
LOSES = ("Nature Free (WRLC)", "AMU")


@pytest.fixture(scope="module")
def merged_template(pulled_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git repository pulled from Alma, then a merged change: GWA gains Cell Press, JSTOR
    is proxied by no profile, AMU loses Nature Free. Made once, copied by each test."""
    repo = Path(shutil.copytree(pulled_template, tmp_path_factory.mktemp("merged") / "wrlc"))
    git(repo, "init", "-q", "-b", "main")
    commit(repo, "pulled from Alma")
    edit(repo, GAINS, lambda d: d.set(("members",), sorted({*d.get(("members",)), "GWA"})))
    edit(repo, PROXY, lambda d: d.set(("proxy",), "none"))
    edit(repo, LOSES[0], lambda d: d.set(("members",), [m for m in d.get(("members",))
                                                         if m != LOSES[1]]))
    commit(repo, "merged: access and proxy changes")
    return repo


@pytest.fixture
def alma(pulled_template: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    """Alma as it was pulled, before the merge."""
    emulator = start(pulled_template, monkeypatch)
    yield emulator
    emulator.stop()


@pytest.fixture
def merged(merged_template: Path, tmp_path: Path, writer: Emulator,
           monkeypatch: pytest.MonkeyPatch) -> Path:
    with_member_keys(monkeypatch)
    return Path(shutil.copytree(merged_template, tmp_path / "wrlc", symlinks=True))


def edit(repo: Path, name: str, change: object) -> None:
    from nzconfig.domain.naming import collection_file_name

    path = repo / "collections" / collection_file_name(name)
    doc = YamlDocument.open(path)
    change(doc)  # type: ignore[operator]
    write_all([doc])


def members(alma: Emulator, name: str) -> list[str]:
    return sorted(g["group"]["value"]
                  for g in alma.collection(name)["group_settings"]["group_setting"])


def test_without_yes_nothing_is_written(merged: Path, writer: Emulator) -> None:
    before = copy.deepcopy(writer.state.collections)
    code, out = run("apply", str(merged))
    assert code == 0, out
    assert "Cell Press Free Archives (WRLC) (Alma id" in out
    assert "  - Group Settings: add a group setting for GWA" in out
    assert "  - proxy: `default` → `none`" in out
    assert "  - Group Settings: delete the group setting of AMU" in out
    assert "apply: nothing written; run with --yes" in out
    assert writer.state.methods["PUT"] == 0
    assert writer.state.collections == before


def test_yes_converges(merged: Path, writer: Emulator, tmp_path: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    code, out = run("apply", str(merged), "--yes", "--journal", str(journal))
    assert code == 0, out
    assert "apply: 3 collections applied, 0 refused, 0 not applied" in out
    assert "GWA" in members(writer, GAINS)
    assert LOSES[1] not in members(writer, LOSES[0])
    assert writer.collection(PROXY)["proxy_enabled"]["value"] == "false"
    assert writer.state.methods["PUT"] == 3
    code, out = run("drift", str(merged))
    assert code == 0, out
    lines = [json.loads(line) for line in journal.read_text().splitlines()]
    assert [x["outcome"] for x in lines if x["call"] == "PUT"] == ["sent", "confirmed"] * 3


def test_a_change_made_in_alma_meanwhile_is_refused(merged: Path, writer: Emulator) -> None:
    target = writer.collection(PROXY)
    path = f"/almaws/v1/electronic/e-collections/{target['id']}"
    gets = []

    def someone_edits(method: str, request: str) -> None:
        if method == "GET" and request == path:
            gets.append(request)
            if len(gets) == 2:  # after the plan read it, before apply reads it again
                target["proxy"] = {"value": "OtherProxy"}

    writer.state.on_request = someone_edits
    code, out = run("apply", str(merged), "--yes", "--allow-dirty")
    assert code == 1, out
    assert f"refused: {PROXY} (Alma id {target['id']}): changed in Alma since the plan " \
           "(proxy)" in out
    assert "apply: 2 collections applied, 1 refused" in out
    assert target["proxy"] == {"value": "OtherProxy"}
    assert target["proxy_enabled"]["value"] == "true"


def test_the_guard_trips(merged: Path, writer: Emulator) -> None:
    for name in sorted(c["public_name"] for c in writer.state.collections.values())[:25]:
        edit(merged, name, lambda d: d.set(("members",), []))
    commit(merged, "a careless merge")
    code, out = run("apply", str(merged), "--yes")
    assert code == 2
    assert "more than the guard allows" in out and "nothing applied" in out
    assert writer.state.methods["PUT"] == 0


def test_undo_restores(merged: Path, writer: Emulator, tmp_path: Path) -> None:
    before = copy.deepcopy(writer.state.collections)
    journal = tmp_path / "journal.jsonl"
    assert run("apply", str(merged), "--yes", "--journal", str(journal))[0] == 0
    assert writer.state.collections != before
    code, out = run("apply", str(merged), "--undo", str(journal))
    assert code == 0 and writer.state.collections != before, out  # dry without --yes
    code, out = run("apply", str(merged), "--undo", str(journal), "--yes",
                    "--journal", str(tmp_path / "undo.jsonl"))
    assert code == 0, out
    assert plain(writer.state.collections) == plain(before)


def plain(value: object) -> object:
    """Without the display texts (``desc``) Alma fills in itself; group settings in any
    order (a restored one comes back last)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if k != "desc"}
    if isinstance(value, list):
        return sorted((plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


def test_uncommitted_changes_are_refused(merged: Path, writer: Emulator) -> None:
    edit(merged, GAINS, lambda d: d.set(("members",), ["AMU"]))
    code, out = run("apply", str(merged), "--yes")
    assert code == 2 and "uncommitted changes" in out
    assert writer.total_requests() == 0  # refused before asking Alma anything


def test_a_read_only_key_cannot_write(merged: Path, writer: Emulator,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALMA_API_KEY", NZ_READ_KEY)
    code, out = run("apply", str(merged), "--yes")
    assert code == 2
    assert "did not accept the API key to write" in out
    assert "API-key not defined or not configured to allow this API." in out
    assert NZ_READ_KEY not in out


def test_the_first_failure_stops_the_run(merged: Path, writer: Emulator) -> None:
    second = writer.collection(PROXY)["id"]  # in name order: Cell Press, JSTOR, Nature
    writer.inject(Fault(500, times=3, path=f"e-collections/{second}", code="INTERNAL",
                        message="Internal server error.", method="PUT"))
    code, out = run("apply", str(merged), "--yes")
    assert code == 2
    assert "applied: Cell Press Free Archives (WRLC)" in out
    assert f"not applied: JSTOR (WRLC) (Alma id {second})" in out
    assert "not applied: Nature Free (WRLC)" in out
    assert writer.state.methods["PUT"] == 1 + 3  # a PUT (idempotent) is tried 3 times
    assert writer.collection(PROXY)["proxy_enabled"]["value"] == "true"


def test_what_the_api_cannot_write_is_listed_for_people(merged: Path, writer: Emulator
                                                         ) -> None:
    edit(merged, "JSTOR (WRLC)", lambda d: d.set(("status",), "inactive"))
    commit(merged, "deactivate")
    code, out = run("apply", str(merged))
    assert code == 0
    assert "Not made by the API (people make these in Alma):" in out
    assert "JSTOR (WRLC) is active in Alma; inactive in the repository — Network Zone: " \
           "activate or deactivate the collection's full-text service" in out


def test_removed_accesses_have_their_own_bound_and_force_passes(merged: Path,
                                                               writer: Emulator) -> None:
    path = merged / "policies" / "alma.yaml"
    path.write_text(path.read_text().replace("max_access_removed: 10", "max_access_removed: 0"))
    commit(merged, "no removals without --force")
    code, out = run("apply", str(merged), "--yes")
    assert code == 2 and "the plan removes 1 member accesses" in out
    assert writer.state.methods["PUT"] == 0
    code, out = run("apply", str(merged), "--yes", "--force")
    assert code == 0 and writer.state.methods["PUT"] == 3, out


def test_a_damaged_journal_is_refused(merged: Path, writer: Emulator, tmp_path: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    journal.write_text('{"call": "GET"}\nnot json\n')
    code, out = run("apply", str(merged), "--undo", str(journal), "--yes")
    assert code == 2 and f"{journal}:2: not a journal line" in out
    assert writer.state.methods["PUT"] == 0


def test_public_name_and_a_members_group_settings(merged: Path, writer: Emulator) -> None:
    def own(doc: YamlDocument) -> None:
        doc.set(("public_name",), "JSTOR for WRLC", order=("name", "alma_id", "cz_name",
                                                             "public_name"))
        doc.set(("group_settings",), {"GWA": {"proxy": "none", "public_name": "JSTOR at GW"}})

    edit(merged, PROXY, own)
    commit(merged, "GWA's own proxy and name")
    code, out = run("drift", str(merged))
    assert "[NZ405]" in out and "[NZ409]" in out
    code, out = run("apply", str(merged), "--yes")
    assert code == 0, out
    jstor = writer.collection(PROXY)
    assert jstor["public_name_override"] == "JSTOR for WRLC"
    gwa = next(g for g in jstor["group_settings"]["group_setting"]
               if g["group"]["value"] == "GWA")
    assert gwa["proxy_enabled"] == {"value": "false"}
    assert gwa["public_name_override"] == "JSTOR at GW"
    assert run("drift", str(merged))[0] == 0
