"""cdi.effective: the matrix row for a collection's linking, then the member's override."""

from __future__ import annotations

from pathlib import Path

from nzconfig.domain import cdi
from nzconfig.engine.validate import load_network
from nzconfig.loading.model import Network
from tests.support.repos import build

FILE = "collections/books-tst.yaml"
TEXT = """name: Books (TST)
managed_via: community_zone
access_type: subscription
linking: {level: article, method: link_resolver}
members: [AAA, BBB]
cdi:
  BBB:
    do_not_show_as_full_text_available_in_cdi_even_if_active_in_alma: true
    cdi_only_full_text_activation: false
    reason: BBB's discovery layer shows duplicates otherwise
"""


def network(tmp_path: Path, text: str = TEXT) -> Network:
    net, _, _ = load_network(build(tmp_path, {FILE: text}))
    return net


def test_a_member_without_override_gets_the_matrix_row(tmp_path: Path) -> None:
    net = network(tmp_path)
    settings = cdi.effective(net, net.collections[0], "AAA")
    assert list(settings) == [
        "cdi_search_activation_status", "subscribe_to_only_some_titles_in_the_collection",
        "do_not_show_as_full_text_available_in_cdi_even_if_active_in_alma"]
    assert {s.value for s in settings.values()} == {True, False}
    assert {(s.source, s.row, s.reason) for s in settings.values()} == {
        ("matrix", "article-issue-link-resolver", None)}
    assert settings["do_not_show_as_full_text_available_in_cdi_even_if_active_in_alma"].value \
        is False


def test_an_override_replaces_the_settings_it_names_in_alma_order(tmp_path: Path) -> None:
    net = network(tmp_path)
    settings = cdi.effective(net, net.collections[0], "BBB")
    assert list(settings) == list(cdi.SETTINGS)
    hide = settings["do_not_show_as_full_text_available_in_cdi_even_if_active_in_alma"]
    assert (hide.value, hide.source, hide.row) == (True, "override",
                                                   "article-issue-link-resolver")
    assert hide.reason is not None and hide.reason.startswith("BBB's")
    assert settings["cdi_search_activation_status"].source == "matrix"


def test_without_linking_only_overrides_are_known(tmp_path: Path) -> None:
    net = network(tmp_path, TEXT.replace("linking: {level: article, method: link_resolver}\n", ""))
    assert cdi.effective(net, net.collections[0], "AAA") == {}
    assert set(cdi.effective(net, net.collections[0], "BBB")) == {
        "cdi_only_full_text_activation",
        "do_not_show_as_full_text_available_in_cdi_even_if_active_in_alma"}


def test_the_matrix_is_parsed_once_per_policy_document(tmp_path: Path) -> None:
    net = network(tmp_path)
    first = cdi.matrix(net)
    assert [r.id for r in first][:1] == ["book-journal-link-resolver"]
    assert cdi._index(net) is cdi._index(net)
    other = network(tmp_path / "other")
    assert cdi._index(other) is not cdi._index(net)


def test_results_are_copies(tmp_path: Path) -> None:
    net = network(tmp_path)
    cdi.effective(net, net.collections[0], "AAA").clear()
    assert cdi.effective(net, net.collections[0], "AAA")


def test_access_counts_count_each_collection_once_per_member(tmp_path: Path) -> None:
    from nzconfig.domain.cdi import access_counts

    body = "managed_via: community_zone\naccess_type: subscription\n"
    net, _, _ = load_network(build(tmp_path, {
        "collections/a-tst.yaml": "name: A (TST)\n" + body + "members: [AAA, BBB]\n",
        "collections/b-tst.yaml": "name: B (TST)\n" + body + "members: [AAA]\n"
                                  "status: inactive\ninactive_since: 2024-01-01\n",
    }))
    assert access_counts(net, include_inactive=False) == {"AAA": 1, "BBB": 1}
    assert access_counts(net, include_inactive=True) == {"AAA": 2, "BBB": 1}
