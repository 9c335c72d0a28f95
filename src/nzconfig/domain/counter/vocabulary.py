"""COUNTER Release 5 and 5.1 names the readers check against (Code of Practice 5.0.3 and
5.1: section 3.2 "Formats for COUNTER Reports", section 3.3 "Common Attributes and
Elements", Appendix D/F "Handling Errors and Exceptions")."""

from __future__ import annotations

# The value of the Release header element: "5" for every 5.0.x report, "5.1" for R5.1.
RELEASES = ("5", "5.1")

# The tabular header: column A of rows 1-12 (R5) or 1-13 (R5.1), then one blank row.
HEADER_R5 = (
    "Report_Name", "Report_ID", "Release", "Institution_Name", "Institution_ID",
    "Metric_Types", "Report_Filters", "Report_Attributes", "Exceptions", "Reporting_Period",
    "Created", "Created_By",
)
HEADER_R51 = (*HEADER_R5, "Registry_Record")
HEADER = {"5": HEADER_R5, "5.1": HEADER_R51}

# The reports that carry a resource's usage (Title, Database and Platform Reports and their
# Standard Views), by family: which column names the report item.
FAMILIES = {
    "TR": "Title", "TR_B1": "Title", "TR_B2": "Title", "TR_B3": "Title",
    "TR_J1": "Title", "TR_J2": "Title", "TR_J3": "Title", "TR_J4": "Title",
    "DR": "Database", "DR_D1": "Database", "DR_D2": "Database",
    "PR": "Platform", "PR_P1": "Platform",
}
# Known but not read: Item Reports count articles and multimedia items one by one.
OTHER_REPORTS = ("IR", "IR_A1", "IR_M1")

METRIC_TYPES = frozenset({
    "Total_Item_Investigations", "Total_Item_Requests", "Unique_Item_Investigations",
    "Unique_Item_Requests", "Unique_Title_Investigations", "Unique_Title_Requests",
    "Searches_Regular", "Searches_Automated", "Searches_Federated", "Searches_Platform",
    "Limit_Exceeded", "No_License",
})

# Report item identifiers, tabular column -> JSON Item_ID key (R5.1 object, R5 Type).
ITEM_IDS = {
    "DOI": "DOI", "Proprietary_ID": "Proprietary", "ISBN": "ISBN", "Print_ISSN": "Print_ISSN",
    "Online_ISSN": "Online_ISSN", "URI": "URI",
}

# Exceptions that mean the usage shown is not all the usage of the period (Table D.1/F.1):
# months not processed yet, no longer available, or data missing.
INCOMPLETE = {3031: "Usage Not Ready for Requested Dates",
              3032: "Usage No Longer Available for Requested Dates",
              3040: "Partial Data Returned"}

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
