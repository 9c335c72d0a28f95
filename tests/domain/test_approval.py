"""The open-access approval record (domain.approval)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nzconfig.domain.approval import DATED_STEPS, STEP_NAMES, record, under_workflow
from nzconfig.loading.loader import Document
from nzconfig.loading.model import Collection, Network


def _c(name: str, **data: Any) -> Collection:
    return Collection(Document(f"collections/{name}.yaml", {"name": name, **data}))


def test_only_active_open_access_collections_are_under_the_workflow() -> None:
    network = Network(Path("."), collections=[
        _c("oa", access_type="open_access"),
        _c("oa-off", access_type="open_access", status="inactive"),
        _c("paid", access_type="subscription"),
        _c("none"),
    ])
    assert [c.name for c in under_workflow(network)] == ["oa"]


def test_the_record_is_none_when_absent_malformed_or_legacy() -> None:
    assert record(_c("a")) is None
    assert record(_c("a", approval="yes")) is None
    assert record(_c("a", approval={"legacy": True})) is None
    kept = {"legacy": False, "requested": "2025-01-02"}
    assert record(_c("a", approval=kept)) == kept
    assert record(_c("a", approval={"legacy": "true"})) == {"legacy": "true"}


def test_every_dated_step_has_its_name_in_workflow_order() -> None:
    assert DATED_STEPS == ("requested", "erc_approved", "apac_approved", "activated")
    assert list(STEP_NAMES) == list(DATED_STEPS)
    assert [n.rsplit("(", 1)[1] for n in STEP_NAMES.values()] == [
        "step 1)", "step 3)", "step 4)", "step 5)"]
