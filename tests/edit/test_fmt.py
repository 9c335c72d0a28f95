"""`nzconfig fmt`: the canonical form, comments kept, idempotent (hypothesis over the
shipped files), the shipped data already formatted."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from nzconfig.edit import fmt
from nzconfig.edit.yaml_writer import YamlDocument
from nzconfig.loading.repo import discover
from nzconfig.loading.schema import load_schema
from tests.conftest import ROOT

REPOS = [ROOT, ROOT / "examples" / "csu", ROOT / "examples" / "cost-example"]
SHIPPED = [(repo, s) for repo in REPOS for s in discover(repo)[0]]


def comments(text: str) -> list[str]:
    return sorted(m.group(0).strip() for m in re.finditer(r"#[^\n]*", text)
                  if not m.group(0).startswith("#/"))


@pytest.mark.parametrize("repo", REPOS, ids=lambda p: p.name)
def test_the_shipped_data_is_formatted(repo: Path) -> None:
    assert [d.file for d in fmt.run(repo).changed] == [], "run `nzconfig fmt`"


def test_the_canonical_form() -> None:
    text = ('# header\nmembers: [CCC, AAA]  # eol\n# about status\nstatus: "active"\n'
            "name: 'Books (TST)'\nmanaged_via: community_zone\naccess_type: subscription\n"
            'cz_name: "010"\navailability: ["YES", "a: b"]\n# end\n')
    doc = YamlDocument.parse(text, Path("x.yaml"), "collections/x.yaml")
    assert fmt.canonical(doc, load_schema("collection"))
    assert doc.text() == (
        "# header\nname: Books (TST)\ncz_name: '010'\nmanaged_via: community_zone\n"
        "access_type: subscription\navailability: ['YES', 'a: b']\n# about status\n"
        "status: active\nmembers: [AAA, CCC]  # eol\n# end\n")


def _perturbed(text: str, file: str, seed: int) -> str:
    """The file with its keys shuffled (each with its comments), member lists shuffled and
    some plain strings double-quoted: what a hand edit might leave."""
    rng = random.Random(seed)
    doc = YamlDocument.parse(text, Path(file), file)

    def perturb(root: CommentedMap) -> None:
        keys = list(root)
        rng.shuffle(keys)
        fmt._reorder(root, keys, top=True)
        for key in list(root):
            value = root[key]
            if key == "members" and isinstance(value, list) and value:  # order is not data
                shuffled = list(value)
                rng.shuffle(shuffled)
                doc.set((key,), shuffled)
            elif isinstance(value, str) and value[:1].isalpha() and rng.random() < 0.5:
                doc.set((key,), value)
                dict.__setitem__(root, key, DoubleQuotedScalarString(value))

    doc.reshape(perturb)
    return doc.text()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SHIPPED), st.integers(0, 2**32))
def test_fmt_is_idempotent_and_keeps_every_comment(case: tuple[Path, object],
                                                     seed: int) -> None:
    _, source = case
    text = source.path.read_text(encoding="utf-8-sig")  # type: ignore[attr-defined]
    file, kind = source.file, source.kind  # type: ignore[attr-defined]
    messy = _perturbed(text, file, seed)
    once = YamlDocument.parse(messy, Path(file), file)
    fmt.canonical(once, load_schema(kind))
    formatted = once.text()
    assert once.data() == YamlDocument.parse(text, Path(file), file).data()
    assert comments(formatted) == comments(text)
    twice = YamlDocument.parse(formatted, Path(file), file)
    assert not fmt.canonical(twice, load_schema(kind))
