"""The rule registry: every rule module, in id order. Adding a rule is adding a line here.

CATALOGUE is every check the tool can report: the built-in checks of core/catalog.py and
these rules, by id."""

from __future__ import annotations

from nzconfig.core.catalog import Entry, entries
from nzconfig.rules import (
    nz151_member_exists,
    nz152_institution_file_name,
    nz153_unique_collection_name,
    nz154_collection_file_name,
    nz155_duplicate_member,
    nz201_cdi_matrix,
    nz202_cdi_linking_unknown,
    nz203_cdi_inheritance,
    nz204_proxy,
    nz205_name_suffix,
    nz206_status_word_in_name,
    nz207_oa_participation,
    nz208_oa_review,
    nz209_cdi_inheritance_unknown,
    nz210_oa_approval_record,
    nz211_oa_decisions,
    nz212_oa_participants,
    nz213_oa_approval_order,
    nz214_generic_urls,
    nz215_inactive_no_access,
    nz216_inactive_date,
    nz217_members_sorted,
    nz218_acquisitions_references,
    nz219_record_file_name,
    nz220_ecc_vendor_fund,
    nz221_opt_in_licence,
    nz222_opt_in_negotiation,
    nz223_opt_in_order_vendor,
    nz224_descriptive_record_suppressed,
    nz225_ecc_vendor_licence,
    nz226_licence_term_known,
    nz227_licence_term_status,
    nz228_licence_recommended_terms,
    nz301_cost_members,
    nz302_cost_fte,
    nz303_cost_usage,
    nz304_cost_surrogate,
    nz305_cost_pay_to_play_total,
    nz306_cost_pay_to_play_cap,
    nz307_cost_zero_usage,
    nz308_cost_collections,
    nz309_cost_amounts,
)
from nzconfig.rules.base import Finding, Rule

RULES: tuple[Rule, ...] = (
    nz151_member_exists,
    nz152_institution_file_name,
    nz153_unique_collection_name,
    nz154_collection_file_name,
    nz155_duplicate_member,
    nz201_cdi_matrix,
    nz202_cdi_linking_unknown,
    nz203_cdi_inheritance,
    nz204_proxy,
    nz205_name_suffix,
    nz206_status_word_in_name,
    nz207_oa_participation,
    nz208_oa_review,
    nz209_cdi_inheritance_unknown,
    nz210_oa_approval_record,
    nz211_oa_decisions,
    nz212_oa_participants,
    nz213_oa_approval_order,
    nz214_generic_urls,
    nz215_inactive_no_access,
    nz216_inactive_date,
    nz217_members_sorted,
    nz218_acquisitions_references,
    nz219_record_file_name,
    nz220_ecc_vendor_fund,
    nz221_opt_in_licence,
    nz222_opt_in_negotiation,
    nz223_opt_in_order_vendor,
    nz224_descriptive_record_suppressed,
    nz225_ecc_vendor_licence,
    nz226_licence_term_known,
    nz227_licence_term_status,
    nz228_licence_recommended_terms,
    nz301_cost_members,
    nz302_cost_fte,
    nz303_cost_usage,
    nz304_cost_surrogate,
    nz305_cost_pay_to_play_total,
    nz306_cost_pay_to_play_cap,
    nz307_cost_zero_usage,
    nz308_cost_collections,
    nz309_cost_amounts,
)

BY_ID: dict[str, Rule] = {rule.ID: rule for rule in RULES}

CATALOGUE: tuple[Entry, ...] = tuple(entries(RULES))
CATALOGUE_BY_ID: dict[str, Entry] = {entry.id: entry for entry in CATALOGUE}

__all__ = ["BY_ID", "CATALOGUE", "CATALOGUE_BY_ID", "RULES", "Entry", "Finding", "Rule"]
