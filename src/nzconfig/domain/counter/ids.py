"""The check ids of usage from COUNTER reports, each typed once: the rule modules
(nzconfig.rules.nz5xx_*) and the import use these names."""

from __future__ import annotations

PERIOD = "NZ501"  # usage-period
NO_REPORT = "NZ502"  # usage-member-report
INSTITUTION = "NZ503"  # usage-institution
INCOMPLETE_USAGE = "NZ504"  # usage-incomplete
EXCEPTION = "NZ505"  # usage-exception
REPORT_TYPE = "NZ506"  # usage-report-type
PROVENANCE = "NZ507"  # usage-provenance
METRIC = "NZ508"  # usage-metric
FORMAT = "NZ509"  # counter-report: a malformed report (import only)
