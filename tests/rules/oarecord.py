"""An open-access collection with a complete approval record, line by line, for NZ210-NZ213."""

from __future__ import annotations

FILE = "collections/free-tst.yaml"
HEAD = (
    "name: Free (TST)\n"            # 1
    "managed_via: community_zone\n"  # 2
    "access_type: open_access\n"     # 3
    "members:\n"                     # 4
    "- AAA\n"                        # 5
    "- BBB\n"                        # 6
)
DECISIONS = (
    "approval:\n"                    # 7
    "  decisions:\n"                 # 8
    "    AAA: in\n"                  # 9
    "    BBB: in\n"                  # 10
    "    CCC: out\n"                 # 11
)
STEPS = (
    "  cz_record: '61111058563444000'\n"  # 12
    "  requested: 2024-09-02\n"      # 13
    "  erc_approved: 2024-10-14\n"   # 14
    "  apac_approved: 2024-11-03\n"  # 15
    "  activated: 2024-11-20\n"      # 16
)
COMPLETE = HEAD + DECISIONS + STEPS


def rules_yaml(rule: str, setting: str) -> dict[str, str]:
    return {"policies/rules.yaml": f"rules:\n  {rule}: {setting}\n"}
