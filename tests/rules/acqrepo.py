"""Acquisitions data for NZ218-NZ228 tests: one vendor, one fund, a licence recording every
recommended term with negotiation details for AAA and BBB, and two collections (NZ ECC and
NZ Opt-in), laid over the `policy` base of tests.support.repos."""

from __future__ import annotations

from tests.conftest import ROOT

TERMS = (
    "terms:\n"                                              # 5
    "  copyright_act: {status: Permitted}\n"                # 6
    "  accessibility: {status: Permitted}\n"                # 7
    "  authorized_users: {status: Permitted, note: students and staff}\n"  # 8
    "  remote_access: {status: Permitted}\n"                # 9
    "  printing_downloading: {status: Permitted}\n"         # 10
    "  course_packs_e_reserve: {status: Prohibited}\n"      # 11
    "  interlibrary_loan: {status: InterpretedAsPermitted, note: print only}\n"  # 12
    "  linking: {status: Permitted}\n"                      # 13
    "  perpetual_access_archive: {status: NotApplicable}\n"  # 14
    "  perpetual_access_ebooks: {status: NotApplicable}\n"  # 15
    "  post_cancellation_access: {status: Prohibited}\n"    # 16
    "  intellectual_property: {status: SilentUninterpreted}\n"  # 17
    "  simultaneous_users: {status: Permitted, note: '3'}\n"  # 18
)
LICENCE = "licences/ACME-DB.yaml"
LICENCE_TEXT = (
    "code: ACME-DB\n"                                       # 1
    "name: Acme databases\n"                                # 2
    "licensor: ACME\n"                                      # 3
    "type: negotiation\n"                                   # 4
    + TERMS +
    "negotiation:\n"                                        # 19
    "  AAA: {price: 100.50, currency: USD, order_vendor: CO}\n"  # 20
    "  BBB: {price: 80, currency: USD}\n"                   # 21
)
ECC = "collections/core-db-tst.yaml"
ECC_TEXT = (
    "name: Core DB (TST)\n"                                 # 1
    "managed_via: community_zone\n"                         # 2
    "access_type: subscription\n"                           # 3
    "acquisition_model: nz_ecc\n"                           # 4
    "vendor: ACME\n"                                        # 5
    "fund: CORE\n"                                          # 6
    "descriptive_record_suppressed: true\n"                 # 7
    "members: [AAA, BBB, CCC]\n"                            # 8
)
OPT_IN = "collections/extra-db-tst.yaml"
OPT_IN_TEXT = (
    "name: Extra DB (TST)\n"                                # 1
    "managed_via: community_zone\n"                         # 2
    "access_type: subscription\n"                           # 3
    "acquisition_model: nz_opt_in\n"                        # 4
    "licence: ACME-DB\n"                                    # 5
    "descriptive_record_suppressed: true\n"                 # 6
    "members:\n"                                            # 7
    "- AAA\n"                                               # 8
    "- BBB\n"                                               # 9
)
FILES = {
    "vendors/ACME.yaml": "code: ACME\nname: Acme\nmaterial_supplier: true\nlicensor: true\n",
    "funds/CORE.yaml": "code: CORE\nname: Core collection\n",
    LICENCE: LICENCE_TEXT,
    ECC: ECC_TEXT,
    OPT_IN: OPT_IN_TEXT,
    "policies/acquisitions.yaml": "central_office_vendor: CO\n",
    "policies/licence-terms.yaml": (ROOT / "policies" / "licence-terms.yaml").read_text(
        encoding="utf-8"),
}


def files(**changes: str) -> dict[str, str]:
    """FILES with some replaced: keyword = file constant name in lower case (ecc=...)."""
    names = {"ecc": ECC, "opt_in": OPT_IN, "licence": LICENCE}
    return {**FILES, **{names[key]: text for key, text in changes.items()}}
