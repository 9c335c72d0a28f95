from __future__ import annotations

from pathlib import Path

from tests.rules.acqrepo import FILES, LICENCE, LICENCE_TEXT, files
from tests.rules.policyrepo import found, run


def test_every_recommended_term_recorded_passes(tmp_path: Path) -> None:
    assert found(tmp_path, FILES, "NZ228") == []


def test_missing_terms_warn_once_at_terms(tmp_path: Path) -> None:
    text = LICENCE_TEXT.replace("  linking: {status: Permitted}\n", "").replace(
        "  accessibility: {status: Permitted}\n", "")
    assert found(tmp_path, files(licence=text), "NZ228") == [(LICENCE, 5, 1, "warning")]
    [d] = [d for d in run(tmp_path, files(licence=text)).diagnostics if d.rule == "NZ228"]
    assert d.message.endswith("2 recommended term(s): accessibility, linking")


def test_a_term_not_recommended_by_the_policy_is_not_required(tmp_path: Path) -> None:
    text = LICENCE_TEXT.replace("  linking: {status: Permitted}\n", "")
    policy = FILES["policies/licence-terms.yaml"].replace(
        "  linking:\n    title: Linking/deep linking\n    recommended: true\n",
        "  linking:\n    title: Linking/deep linking\n    recommended: false\n")
    changed = {**files(licence=text), "policies/licence-terms.yaml": policy}
    assert found(tmp_path, changed, "NZ228") == []
