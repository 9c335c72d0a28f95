"""The licence-term vocabulary's Alma mapping: a licence's terms as Alma codes and values."""

from __future__ import annotations

from pathlib import Path

from nzconfig.domain.licence_terms import alma_terms, vocabulary
from nzconfig.engine.validate import load_network
from tests.rules.acqrepo import FILES
from tests.support.repos import build


def test_recorded_terms_become_alma_codes_and_values(tmp_path: Path) -> None:
    network, _, _ = load_network(build(tmp_path, FILES))
    vocab = vocabulary(network)
    assert vocab is not None
    terms = network.licences["ACME-DB"].data["terms"]
    # Left out: terms with no Alma code (copyright_act, post_cancellation_access,
    # intellectual_property) and statuses with no Alma value (interlibrary_loan's
    # InterpretedAsPermitted; NotApplicable for ARCHIVE and PERPETUAL).
    assert alma_terms(vocab, terms) == [
        ("ACCESSIBILITY", "YES"),               # yes/no term
        ("AUTHUSERDEF", "students and staff"),  # text term: the note
        ("CONCURUSER", "3"),
        ("COURSEPACKELEC", "PROHIBITED"),       # one term, two Alma codes
        ("COURSERES", "PROHIBITED"),
        ("DIGCOPY", "PERMITTED"),
        ("ELECLINK", "PERMITTED"),
        ("PRINTCOPY", "PERMITTED"),
        ("REMOTE", "PERMITTED"),
    ]


def test_every_recommended_term_of_appendix_b_is_in_the_shipped_vocabulary(
        tmp_path: Path) -> None:
    network, _, _ = load_network(build(tmp_path, FILES))
    vocab = vocabulary(network)
    assert vocab is not None
    assert vocab.recommended == [
        "copyright_act", "accessibility", "authorized_users", "remote_access",
        "printing_downloading", "course_packs_e_reserve", "interlibrary_loan", "linking",
        "perpetual_access_archive", "perpetual_access_ebooks", "post_cancellation_access",
        "intellectual_property", "simultaneous_users"]
    assert vocab.statuses == ("Permitted", "Prohibited", "InterpretedAsPermitted",
                              "InterpretedAsProhibited", "SilentUninterpreted", "NotApplicable")
