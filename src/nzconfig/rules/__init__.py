"""The rule registry: every rule module, in id order. Adding a rule is adding a line here."""

from __future__ import annotations

from nzconfig.rules import (
    nz151_member_exists,
    nz152_institution_file_name,
    nz153_unique_collection_name,
    nz154_collection_file_name,
    nz155_duplicate_member,
)
from nzconfig.rules.base import Finding, Rule

RULES: tuple[Rule, ...] = (
    nz151_member_exists,
    nz152_institution_file_name,
    nz153_unique_collection_name,
    nz154_collection_file_name,
    nz155_duplicate_member,
)

BY_ID: dict[str, Rule] = {rule.ID: rule for rule in RULES}

__all__ = ["BY_ID", "RULES", "Finding", "Rule"]
