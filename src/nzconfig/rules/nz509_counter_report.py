"""A COUNTER report given to `nzconfig usage import` can be read.

The report is an R5 or R5.1 report in the tabular form (TSV or CSV, UTF-8 with or without
a byte-order mark, any line ends, or an Excel workbook's first sheet: the header block of
12 (R5) or 13 (R5.1) rows of names in column A and values in column B, a blank row, then the
column headings with one `Mmm-yyyy` column per month of the Reporting_Period; Code of
Practice section 3.2) or the JSON form of
the COUNTER_SUSHI API. Each defect is reported at its row (or line) and column in the
report: a missing header row, a name out of place, a Reporting_Period that is not whole
months, a missing month column, text in a count, a total that does not add up, an unknown
Metric_Type, a row of the wrong length, bytes that are not UTF-8. Nothing is written while
any report has one, whatever policies/rules.yaml says of this check. It runs on the reports
`nzconfig usage import` reads, not on the repository: `nzconfig validate` never reports it.

Failing example (row 15: the month columns skip March):

    Title  ...  Metric_Type  Reporting_Period_Total  Jan-2023  Feb-2023  Apr-2023 ...

Passing: one column for each month from Begin_Date to End_Date.

Fix: export or harvest the report again from the provider; do not edit it by hand.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from nzconfig.core import catalog
from nzconfig.core.diagnostics import Severity
from nzconfig.loading.model import Network
from nzconfig.rules.base import Finding

ID = catalog.USAGE_FORMAT
FIXED = False
NAME = "counter-report"
TITLE = "A COUNTER report given to `nzconfig usage import` can be read"
SEVERITY = Severity.ERROR
SEED = "003 CCC Shared Cost Formula Philosophy; Consumption"
PARAMS: Mapping[str, Any] = {}


def check(network: Network, params: Mapping[str, Any]) -> Iterator[Finding]:
    return iter(())  # the reports are not part of the repository: see the import
