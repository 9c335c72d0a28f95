"""The compiled validator (jsonschema-rs) may only short-cut files python-jsonschema accepts.

schema.check trusts jsonschema-rs's "valid" and asks python-jsonschema for the errors
otherwise; so the one thing that must never happen is jsonschema-rs saying valid where
python-jsonschema finds an error (the finding would be lost). Checked on random edits of
real files of every kind, and on the known differences between the two.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nzconfig.loading import schema
from nzconfig.loading.loader import Document, load_text
from nzconfig.loading.repo import FOLDERS, POLICY_FILES
from tests.conftest import ROOT
from tests.property.repository import data_edit
from tests.support.profile import examples

pytestmark = pytest.mark.skipif(schema._fast("collection") is None,
                                reason="jsonschema-rs is not installed: nothing to compare")

# (kind, file) of every shipped file kind: collections, institutions and each policy file.
SAMPLES = sorted(
    [(kind, path) for folder, kind in FOLDERS.items()
     for path in sorted((ROOT / folder).glob("*.yaml"))[:3]]
    + [(kind, ROOT / "policies" / name) for name, kind in POLICY_FILES.items()
       if (ROOT / "policies" / name).is_file()]
)


def _agrees(doc: Document, kind: str) -> None:
    if schema._surely_valid(doc, kind):
        errors = list(schema._validator(kind).iter_errors(doc.data))
        assert not errors, f"jsonschema-rs accepted what python-jsonschema refuses: {errors[0]}"


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fast_valid_implies_valid(data: st.DataObject) -> None:
    kind, path = data.draw(st.sampled_from(SAMPLES))
    text = data.draw(data_edit(Path(path).read_text(encoding="utf-8")))
    doc = load_text(text, "f.yaml")
    if isinstance(doc, Document):
        _agrees(doc, kind)


OPEN = "name: X (WRLC)\nmanaged_via: community_zone\naccess_type: open_access\nmembers: [AAA]\n"


@pytest.mark.parametrize(("kind", "text"), [
    # jsonschema-rs takes 1.0 for an integer, python-jsonschema does not: never trusted.
    ("collection", OPEN + "approval:\n  cz_record: 1.0\n"),
    ("institution", "code: AAA\nfte:\n  '2024': .inf\n"),
    ("institution", "code: AAA\nfte:\n  '2024': 123456789012345678901234567890\n"),
    # `$` before a final newline: Python's re matches, Rust's regex does not.
    ("institution", 'code: "AAA\\n"\n'),
])
def test_known_differences_fall_back(kind: str, text: str) -> None:
    doc = load_text(text, "f.yaml")
    assert isinstance(doc, Document)
    _agrees(doc, kind)


@pytest.mark.parametrize(("value", "trusted"), [
    (Decimal("0.9"), True), (Decimal("-12.5"), True), ("text", True), (3, True),
    (Decimal("1.0"), False), (Decimal("NaN"), False), (Decimal("Infinity"), False),
    (Decimal("0.30000000000000000001"), False),
])
def test_decimals_trusted_only_where_a_float_holds_them(value: object, trusted: bool) -> None:
    assert schema._same_number(value) is trusted
