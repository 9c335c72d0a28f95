"""The check ids of usage from COUNTER reports under the names the counter modules use;
each is typed once, in the catalogue (nzconfig.core.catalog)."""

from __future__ import annotations

from nzconfig.core.catalog import USAGE_EXCEPTION as EXCEPTION
from nzconfig.core.catalog import USAGE_FORMAT as FORMAT
from nzconfig.core.catalog import USAGE_INCOMPLETE_USAGE as INCOMPLETE_USAGE
from nzconfig.core.catalog import USAGE_INSTITUTION as INSTITUTION
from nzconfig.core.catalog import USAGE_METRIC as METRIC
from nzconfig.core.catalog import USAGE_NO_REPORT as NO_REPORT
from nzconfig.core.catalog import USAGE_PERIOD as PERIOD
from nzconfig.core.catalog import USAGE_PROVENANCE as PROVENANCE
from nzconfig.core.catalog import USAGE_REPORT_TYPE as REPORT_TYPE

__all__ = ["EXCEPTION", "FORMAT", "INCOMPLETE_USAGE", "INSTITUTION", "METRIC", "NO_REPORT",
           "PERIOD", "PROVENANCE", "REPORT_TYPE"]
