"""A small repository with one shared resource in costs/, written as text so that tests can
name lines: members AAA, BBB and CCC with FTE 100 each in 2024, a $1,000.00 invoice, a
$0.10 multiplier and ten downloads each in 2023 (pay-to-play $10.00 each, usage $970.00).
"""

from __future__ import annotations

COST = "costs/test-package.yaml"
SURROGATE = "costs/older-package.yaml"
COST_TEXT = """name: Test Package
currency: USD
usage_metric: Downloads
years:
  "2024":
    invoice: "1000.00"
    multiplier: "0.10"
    members: [AAA, BBB, CCC]
usage:
  "2023": {AAA: 10, BBB: 10, CCC: 10}
"""
# Where each member stands in the members list (line 8).
MEMBER_COLUMNS = {"AAA": 15, "BBB": 20, "CCC": 25}
SURROGATE_TEXT = """name: Older Package
currency: USD
usage_metric: Downloads
years:
  "2023":
    invoice: "900.00"
    multiplier: "0.10"
    members: [AAA, BBB, CCC]
usage:
  "2022": {AAA: 5, BBB: 15, CCC: 30}
"""


def institution(code: str, fte: dict[str, int | str] | None) -> str:
    text = f"code: {code}\ncdi_consortia_inheritance: true\n"
    if fte:
        text += "fte:\n" + "".join(f'  "{y}": {n}\n' for y, n in fte.items())
    return text


def files(cost: str = COST_TEXT, fte: dict[str, dict[str, int | str] | None] | None = None,
          extra: dict[str, str] | None = None) -> dict[str, str]:
    """The repository's files: ``fte`` replaces members' FTE by year, ``extra`` adds files."""
    ftes: dict[str, dict[str, int | str] | None] = {c: {"2024": 100} for c in ("AAA", "BBB",
                                                                               "CCC")}
    ftes.update(fte or {})
    result = {f"institutions/{c}.yaml": institution(c, f) for c, f in ftes.items()}
    result[COST] = cost
    result.update(extra or {})
    return result
