from __future__ import annotations

from pathlib import Path

from tests.rules.oarecord import COMPLETE, DECISIONS, FILE, HEAD, STEPS, rules_yaml
from tests.rules.policyrepo import found, run


def test_a_complete_record_passes(tmp_path: Path) -> None:
    assert found(tmp_path, {FILE: COMPLETE}, "NZ210") == []


def test_no_record_is_an_error_at_the_name(tmp_path: Path) -> None:
    assert found(tmp_path, {FILE: HEAD}, "NZ210") == [(FILE, 1, 1, "error")]


def test_a_missing_step_is_named_at_the_approval_key(tmp_path: Path) -> None:
    text = HEAD + DECISIONS + STEPS.replace("  apac_approved: 2024-11-03\n", "")
    assert found(tmp_path, {FILE: text}, "NZ210") == [(FILE, 7, 1, "error")]
    [d] = [d for d in run(tmp_path, {FILE: text}).diagnostics if d.rule == "NZ210"]
    assert d.message == "approval record lacks `apac_approved`"


def test_legacy_is_exempt_unless_the_policy_withdraws_it(tmp_path: Path) -> None:
    text = HEAD + "approval:\n  legacy: true\n"
    assert found(tmp_path, {FILE: text}, "NZ210") == []
    files = {FILE: text, **rules_yaml("NZ210", "{params: {allow_legacy: false}}")}
    assert found(tmp_path, files, "NZ210") == [(FILE, 8, 3, "error")]


def test_required_keys_are_a_parameter(tmp_path: Path) -> None:
    text = HEAD + DECISIONS
    assert found(tmp_path, {FILE: text}, "NZ210") == [(FILE, 7, 1, "error")]
    files = {FILE: text, **rules_yaml("NZ210", "{params: {required: [decisions]}}")}
    assert found(tmp_path, files, "NZ210") == []


def test_subscriptions_and_inactive_collections_are_not_checked(tmp_path: Path) -> None:
    files = {FILE: HEAD.replace("open_access", "subscription"),
             "collections/old-tst.yaml": HEAD.replace("Free", "Old") + "status: inactive\n"}
    assert found(tmp_path, files, "NZ210") == []


def test_severity_comes_from_the_policy(tmp_path: Path) -> None:
    files = {FILE: HEAD, **rules_yaml("NZ210", "{severity: warning}")}
    assert found(tmp_path, files, "NZ210") == [(FILE, 1, 1, "warning")]
