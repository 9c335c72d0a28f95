"""The rule registry: every rule module, in id order. Adding a rule is adding a line here."""

from __future__ import annotations

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
)

BY_ID: dict[str, Rule] = {rule.ID: rule for rule in RULES}

__all__ = ["BY_ID", "RULES", "Finding", "Rule"]
